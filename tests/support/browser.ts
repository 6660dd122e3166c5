/** The Chromium of src/lib/quality, shared with the benchmark. */
export { CHROMIUM_PATH, launchBrowser } from '../../src/lib/quality/browser.ts';
