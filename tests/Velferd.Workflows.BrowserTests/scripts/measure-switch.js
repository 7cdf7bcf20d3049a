// Opening a second definition in the designer next to a cold open, in the same browser run (issue 15). Each round
// starts a fresh browser context (empty cache, no Studio runtime) and measures until the first node is on the canvas:
//   cold        signing in on the way to P1 (timed from the sign-in click);
//   page        P2 opened as a page of its own (warm HTTP cache, the Studio's runtime started again);
//   session     P2 opened from the list page's row (the list's Studio session: no new runtime, timed from the click).
// Usage: start the host, then
//   npm install --no-save --prefix /tmp/pw playwright-core@1.56
//   PLAYWRIGHT_CORE=/tmp/pw/node_modules/playwright-core node tests/Velferd.Workflows.BrowserTests/scripts/measure-switch.js http://127.0.0.1:5080
const { chromium } = require(process.env.PLAYWRIGHT_CORE || 'playwright-core');

const rounds = 5;
const base = process.argv[2] || 'http://127.0.0.1:5080';

async function openMs(page, definitionId) {
  const started = Date.now();
  await page.goto(base + '/designer/definitions/' + definitionId);
  await page.waitForSelector('g.x6-node', { timeout: 120000 });
  return Date.now() - started;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

(async () => {
  const browser = await chromium.launch({ executablePath: process.env.VELFERD_CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const cold = [], second = [], session = [];
  for (let round = 0; round < rounds; round++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(base + '/designer/definitions/p1-en-dor-inn');
    await page.fill('input[name=userName]', 'kari.prosesseier');
    await page.fill('input[name=password]', 'demo');
    const started = Date.now();
    await page.click('button:has-text("Logg inn")');
    await page.waitForSelector('g.x6-node', { timeout: 120000 });
    cold.push(Date.now() - started);
    second.push(await openMs(page, 'p2-tidlig-innsatsteam'));
    await page.goto(base + '/designer/definitions');
    const row = page.locator('tr', { hasText: 'p2-tidlig-innsatsteam' });
    await row.waitFor({ timeout: 120000 });
    const clicked = Date.now();
    await row.locator('td').nth(2).click();
    await page.waitForSelector('g.x6-node', { timeout: 120000 });
    session.push(Date.now() - clicked);
    await context.close();
  }
  await browser.close();
  console.log('cold open (P1), ms:', cold.join(' '), 'median', median(cold));
  console.log('second definition (P2) as its own page, ms:', second.join(' '), 'median', median(second));
  console.log('second definition (P2) in the list\'s session, ms:', session.join(' '), 'median', median(session));
})();
