// Measures how long a 200-activity definition takes to open in the designer (until all 200 nodes are on the canvas),
// next to the seeded 23-activity P2 pathway as the baseline, both measured in the same browser, interleaved.
// Usage: start the host, then
//   npm install --no-save --prefix /tmp/pw playwright-core@1.56
//   PLAYWRIGHT_CORE=/tmp/pw/node_modules/playwright-core node tests/Velferd.Workflows.BrowserTests/scripts/measure-open.js http://127.0.0.1:5080
const { chromium } = require(process.env.PLAYWRIGHT_CORE || 'playwright-core');

const rounds = 5;
const baseline = { id: 'p2-tidlig-innsatsteam', nodes: 23 };

function largeDefinition() {
  const activities = [], connections = [];
  for (let i = 0; i < 200; i++) {
    const id = i === 0 ? 'start' : i === 199 ? 'end' : 'line' + i;
    const type = i === 0 ? 'Elsa.Start' : i === 199 ? 'Elsa.End' : 'Elsa.WriteLine';
    const activity = { id, nodeId: 'Workflow1:root:' + id, name: 'Activity' + i, type, version: 1,
      metadata: { designer: { position: { x: (i % 10) * 260, y: Math.floor(i / 10) * 120 } } } };
    if (type === 'Elsa.WriteLine') activity.text = { typeName: 'String', expression: { type: 'Literal', value: 'Steg ' + id } };
    activities.push(activity);
    if (i > 0) connections.push({ source: { activity: activities[i - 1].id, port: 'Done' }, target: { activity: id, port: 'In' }, vertices: [] });
  }
  const definitionId = 'stort-' + Date.now();
  return { definitionId, name: 'Stort forløp ' + definitionId,
    root: { id: 'root', nodeId: 'Workflow1:root', type: 'Elsa.Flowchart', version: 1, activities, connections } };
}

async function openMs(page, base, target) {
  const started = Date.now();
  await page.goto(base + '/designer/definitions/' + target.id);
  await page.waitForFunction(n => document.querySelectorAll('g.x6-node').length >= n, target.nodes, { timeout: 120000, polling: 20 });
  return Date.now() - started;
}

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

(async () => {
  const base = process.argv[2] || 'http://127.0.0.1:5080';
  const token = (await (await fetch(base + '/api/auth/token', { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userName: 'kari.prosesseier', password: 'demo' }) })).json()).accessToken;
  const definition = largeDefinition();
  const imported = await fetch(base + '/api/definitions/import', { method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token }, body: JSON.stringify(definition) });
  if (!imported.ok) throw new Error('import failed: ' + imported.status);
  const large = { id: definition.definitionId, nodes: 200 };

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  const page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await page.goto(base + '/designer/login');
  await page.fill('input[name=userName]', 'kari.prosesseier');
  await page.fill('input[name=password]', 'demo');
  await page.click('button[type=submit]');
  console.log('cold open, 23 activities (fresh browser cache):', await openMs(page, base, baseline), 'ms');

  const times = { baseline: [], large: [] };
  for (let round = 0; round < rounds; round++) {
    times.baseline.push(await openMs(page, base, baseline));
    times.large.push(await openMs(page, base, large));
  }
  console.log('warm opens, 23 activities (baseline):', times.baseline.join(', '), 'ms; median', median(times.baseline));
  console.log('warm opens, 200 activities:          ', times.large.join(', '), 'ms; median', median(times.large));
  console.log('ratio of medians 200/23:', (median(times.large) / median(times.baseline)).toFixed(2));
  await browser.close();
})().catch(error => { console.error(error); process.exit(1); });
