export { BuildService, type BuildServiceOptions } from './service.ts';
export { listen } from './http.ts';
export { type DeployTarget, deployColumn, parseDeployConfig } from './deploy.ts';
export { type Scope, scopeOfNotice } from './scope.ts';
export type { BodyStatus, ServiceStatus } from './status.ts';
export { PreviewRenderer, verifyPreviewToken } from './preview.ts';
export { serveStatic } from './static-server.ts';
export { PUBLISHER_TEXT } from './messages.ts';
