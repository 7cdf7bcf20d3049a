// Measures how long a 200-activity definition takes to open in the designer (until 200 nodes are on the canvas).
// Usage: start the host, then  npm install --no-save --prefix /tmp/pw playwright-core@1.56 &&
//   PLAYWRIGHT_CORE=/tmp/pw/node_modules/playwright-core node tests/Velferd.Workflows.BrowserTests/scripts/measure-open.js http://127.0.0.1:5080
const { chromium } = require(process.env.PLAYWRIGHT_CORE || 'playwright-core');
(async () => {
  const base = process.argv[2] || 'http://127.0.0.1:5080';
  const tok = JSON.parse(await (await fetch(base + '/api/auth/token', {method:'POST', headers:{'Content-Type':'application/json'}, body: JSON.stringify({userName:'kari.prosesseier', password:'demo'})})).text()).accessToken;
  const acts = [], conns = [];
  for (let i = 0; i < 200; i++) {
    const id = i === 0 ? 'start' : i === 199 ? 'end' : 'line' + i;
    const a = { id, nodeId: 'Workflow1:root:' + id, name: 'Activity' + i, type: i === 0 ? 'Elsa.Start' : i === 199 ? 'Elsa.End' : 'Elsa.WriteLine', version: 1,
      metadata: { designer: { position: { x: (i % 10) * 260, y: Math.floor(i / 10) * 120 } } } };
    if (a.type === 'Elsa.WriteLine') a.text = { typeName: 'String', expression: { type: 'Literal', value: 'Steg ' + id } };
    acts.push(a);
    if (i > 0) conns.push({ source: { activity: acts[i-1].id, port: 'Done' }, target: { activity: id, port: 'In' }, vertices: [] });
  }
  const def = { definitionId: 'stort-' + Date.now(), name: 'Stort forløp ' + Date.now(), root: { id: 'root', nodeId: 'Workflow1:root', type: 'Elsa.Flowchart', version: 1, activities: acts, connections: conns } };
  console.log('import', (await fetch(base + '/api/definitions/import', {method:'POST', headers:{'Content-Type':'application/json', Authorization:'Bearer '+tok}, body: JSON.stringify(def)})).status);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
  const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await ctx.newPage();
  const url = base + '/designer/definitions/' + def.definitionId;
  await page.goto(url);
  await page.fill('input[name=userName]', 'kari.prosesseier'); await page.fill('input[name=password]', 'demo'); await page.click('button[type=submit]');
  let t = Date.now();
  await page.waitForFunction(() => document.querySelectorAll('g.x6-node').length >= 200, null, { timeout: 120000, polling: 50 });
  console.log('cold open (fresh browser cache):', Date.now() - t, 'ms');
  for (let r = 0; r < 5; r++) {
    t = Date.now();
    await page.goto(url);
    await page.waitForFunction(() => document.querySelectorAll('g.x6-node').length >= 200, null, { timeout: 120000, polling: 50 });
    console.log('warm open', r, Date.now() - t, 'ms');
  }
  await browser.close();
})();
