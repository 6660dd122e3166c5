/** The static server of src/lib/quality, under the name the tests use. */
export { serveSite as serveStatic, type StaticServer } from '../../src/lib/quality/static-server.ts';
