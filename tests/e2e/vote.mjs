// Participants voting from their phones, in a real browser: each opens the voting page in its
// own browser context (its own cookies and storage, like separate phones), waits for the open
// statement, taps a level and waits until the page confirms that the vote is saved.
//
//   node vote.mjs URL LEVELS [SCREENSHOT.png]
//     URL     the voting address shown on the projector
//     LEVELS  JSON list, one level per participant, e.g. [1,3,3]
//     SCREENSHOT  optional: a picture of the first participant's phone after voting
import { chromium } from 'playwright-core';

const [url, levelsJson, screenshot] = process.argv.slice(2);
const levels = JSON.parse(levelsJson);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
const timeout = 20000;
try {
  let n = 0;
  for (const level of levels) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2,
                                               isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(url, { timeout });
    const button = page.locator(`button.level[data-level="${level}"]`);
    await button.waitFor({ state: 'visible', timeout });
    await button.tap();
    await page.locator('#saved').waitFor({ state: 'visible', timeout });
    if (screenshot && n === 0)
      await page.screenshot({ path: screenshot });
    ++n;
    // The context stays open: the participant keeps the page, as on a phone.
  }
  console.log(`voted ${n}`);
} finally {
  await browser.close();
}
