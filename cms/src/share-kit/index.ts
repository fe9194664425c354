export { registerShareKitRoutes } from './routes';
