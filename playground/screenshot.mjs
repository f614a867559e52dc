// Renders the page with the error example run, for README.md: node screenshot.mjs out.png
import { guestReady, launchBrowser, runProject, startServer } from './tests/browser.mjs';

const [server, browser] = await Promise.all([startServer(), launchBrowser()]);
try {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 640 });
  await page.goto(server.url);
  await guestReady(page);
  await page.selectOption('#examples', 'error');
  await runProject(page);
  await page.screenshot({ path: process.argv[2] ?? 'screenshot.png' });
} finally {
  await browser.close();
  server.close();
}
