import type { Core } from '@strapi/strapi';

/** The request context Strapi hands to controllers, routes and middlewares: Koa's, with koa-body's parsed body. */
export type RequestContext = Parameters<Core.ControllerHandler>[0];
