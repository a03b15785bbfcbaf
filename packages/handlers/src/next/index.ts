/** `@kiln/handlers/next`: thin bindings from Kiln's Web-standard handlers to Next.js. */
export { backgroundTask, toPagesApiHandler, toPagesEdgeHandler } from './pages';
export { toAppRouteHandler } from './app';
export { loadJobForPage } from './app-page';
