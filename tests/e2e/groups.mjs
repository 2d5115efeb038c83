// A mixed group and a re-vote in a real browser: each participant opens the voting page in its
// own browser context (like separate phones), picks its department once, taps a level and waits
// until the page confirms the vote. Then it waits for a line "again" on standard input (the
// facilitator reopened the statement), and the participants named for the second round see the
// notice that the statement is open again and tap their new level.
//
//   node groups.mjs URL PHONES REVOTES [SCREENSHOT_DIR]
//     URL      the voting address (the short one, as typed)
//     PHONES   JSON list of [department, level] per participant, e.g. [["Vertrieb",1],["Einkauf",4]]
//     REVOTES  JSON list of [participant index, new level], e.g. [[0,3]]
//     SCREENSHOT_DIR  optional: phone-department.png and phone-revote.png of the first participant
import { chromium } from 'playwright-core';
import { createInterface } from 'node:readline';

const [url, phonesJson, revotesJson, shots] = process.argv.slice(2);
const phones = JSON.parse(phonesJson);
const revotes = JSON.parse(revotesJson);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
const timeout = 20000;
// Lines that arrive before they are awaited wait in a queue.
const lines = createInterface({ input: process.stdin });
const queued = [];
const waiting = [];
lines.on('line', (line) => (waiting.length ? waiting.shift()(line) : queued.push(line)));
const nextLine = () => new Promise((resolve) => (queued.length ? resolve(queued.shift()) : waiting.push(resolve)));

async function tapLevel(page, level) {
  const button = page.locator(`button.level[data-level="${level}"]`);
  await button.waitFor({ state: 'visible', timeout });
  await button.tap();
  await page.locator(`button.level[data-level="${level}"][aria-pressed="true"]`).waitFor({ timeout });
  await page.locator('#saved').waitFor({ state: 'visible', timeout });
}

try {
  const pages = [];
  for (const [department, level] of phones) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2,
                                               isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(url, { timeout });
    // A mixed group: the department first, chosen once.
    const choice = page.locator('#department-list').getByRole('button', { name: department, exact: true });
    await choice.waitFor({ state: 'visible', timeout });
    if (shots && pages.length === 0)
      await page.screenshot({ path: `${shots}/phone-department.png` });
    await choice.tap();
    await page.locator('#group', { hasText: department }).waitFor({ timeout });
    await tapLevel(page, level);
    pages.push(page);
  }
  console.log(`voted ${pages.length}`);

  if ((await nextLine()) !== 'again')
    throw new Error('expected "again"');
  let n = 0;
  for (const [index, level] of revotes) {
    const page = pages[index];
    await page.locator('#again').waitFor({ state: 'visible', timeout });
    await tapLevel(page, level);
    if (shots && n === 0)
      await page.screenshot({ path: `${shots}/phone-revote.png` });
    ++n;
  }
  console.log(`revoted ${n}`);
} finally {
  lines.close();
  await browser.close();
}
