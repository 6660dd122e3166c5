/** nginx with the site's production configuration (src/lib/serving), under the name the tests use. */
export { serveSite as serveStatic, type StaticServer } from '../../src/lib/serving/nginx-server.ts';
