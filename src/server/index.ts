/** The HTTP server's public surface. */
export { buildApp, type AppOptions } from './app.ts';
export { HttpError } from './http-error.ts';
export { ensureWebBuild, isWebBuildFresh, DEFAULT_WEB_DIRS, type WebBuildOptions, type WebBuildResult } from './web-build.ts';
export { layoutMunicipalityMap, type MapLayout, type MapFeature } from './map-layout.ts';
export { startServer, type RunningServer, type StartServerOptions } from './start.ts';
