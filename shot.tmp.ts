import { serveStatic } from './tests/support/serve.ts';
import { launchBrowser } from './tests/support/browser.ts';
const { origin, close } = await serveStatic(process.argv[2]!);
const browser = await launchBrowser();
const page = await (await browser.newContext({ viewport: { width: 1000, height: 800 } })).newPage();
for (const [i, route] of process.argv.slice(3).entries()) {
  await page.goto(origin + route);
  await page.screenshot({ path: `/tmp/shot-${i}.png`, fullPage: true });
}
await browser.close(); await close();
