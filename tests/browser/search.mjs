// search.mjs - the search page in headless Chromium (Debian's), driven by
// playwright-core: type the canonical query, see the Lazada-Redmart story,
// open its story page and come back, read the facets as words, click a region facet, see the filtered count,
// open the facets with the "Filters" control on a phone, drop a filter
// from a page of no results, take screenshots at desktop and phone widths.  Usage: node search.mjs BASE_URL OUT_DIR
// Chromium is kept off the network: every request that is not to the
// test server goes to a dead proxy, and any such request fails the test.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';

const [base, out] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox', '--disable-gpu', '--no-first-run',
    '--no-default-browser-check', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-default-apps',
    '--disable-domain-reliability', '--metrics-recording-only',
    '--proxy-server=http://127.0.0.1:9', '--proxy-bypass-list=127.0.0.1',
  ],
});
const failures = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('request', (r) => {
    if (!r.url().startsWith(base)) failures.push(`request off the server: ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') failures.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => failures.push(`page error: ${e.message}`));

  await page.goto(`${base}/search`);
  // the keyboard reaches the search box first
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'q');
  await page.keyboard.type('grocery AND Southeast Asia AND >$30M');
  await page.keyboard.press('Enter');
  await page.waitForSelector('ol.hits li');
  const titles = await page.$$eval('ol.hits li h3', (h) => h.map((e) => e.textContent));
  assert.ok(titles.some((t) => t.includes('Lazada in talks to buy')),
    `no Lazada-Redmart story in ${JSON.stringify(titles)}`);
  assert.ok(!titles.some((t) => t.includes('Kroger')), 'a Kroger story matched');
  const before = Number(await page.textContent('p.summary strong'));
  const deal = await page.textContent('ol.hits li:has-text("Lazada") p.deal');
  assert.match(deal, /Lazada -> Redmart/);
  assert.ok(await page.$('ol.hits mark'), 'no highlighted word');
  await page.screenshot({ path: `${out}/results-desktop.png`, fullPage: true });

  // a hit's headline opens its story: headline, deal, tags, the text with
  // the query's words marked, and a way back
  await page.click('ol.hits li:has-text("Lazada") h3 a');
  await page.waitForSelector('article.story h1');
  assert.match(await page.textContent('article.story h1'), /Lazada in talks to buy/);
  assert.match(await page.textContent('article.story p.deal'), /Lazada → Redmart/);
  assert.match(await page.textContent('dl.tags'), /Southeast Asia/);
  const marks = await page.$$eval('div.text mark', (m) => m.map((e) => e.textContent));
  assert.ok(marks.some((m) => /^grocery$/i.test(m)), `marked ${JSON.stringify(marks)}`);
  assert.ok(await page.isVisible('div.text mark'), 'no highlighted word in sight');
  await page.screenshot({ path: `${out}/story-desktop.png`, fullPage: true });
  await page.click('p.back a');
  await page.waitForSelector('ol.hits li');
  assert.equal(Number(await page.textContent('p.summary strong')), before);

  // facet values read as words, not codes: regions by name
  const regions = await page.$$eval('aside.facets a[href*="f=region%3A"]',
    (a) => a.map((e) => e.textContent));
  assert.ok(regions.includes('Southeast Asia'), `regions ${JSON.stringify(regions)}`);
  assert.ok(regions.every((r) => /^[A-Z][^-]*$/.test(r)), `a region code shown: ${JSON.stringify(regions)}`);

  // a region facet: the filter shows as a chip in words, the URL keeps
  // the code, the count narrows
  await page.click('aside.facets a:text-is("Southeast Asia")');
  await page.waitForSelector('ul.chips li');
  assert.match(page.url(), /[?&]f=region%3Asoutheast-asia(&|$)/);
  const after = Number(await page.textContent('p.summary strong'));
  assert.ok(after > 0 && after <= before, `count ${before} -> ${after}`);
  const chip = await page.textContent('ul.chips li');
  assert.match(chip, /^Region: Southeast Asia\b/);

  // the cheat sheet is one click away
  await page.click('summary');
  assert.ok(await page.isVisible('.help dl'));

  // on a desktop the facets show beside the results, without a control
  assert.ok(await page.isVisible('aside.facets'), 'desktop: facets hidden');
  assert.ok(!(await page.isVisible('.filters-toggle')), 'desktop: a Filters control');

  // a phone: the layout stacks, nothing overflows sideways
  await page.setViewportSize({ width: 390, height: 844 });
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 390, `page is ${wide}px wide on a 390px phone`);
  // the facets wait behind a "Filters" control above the first result
  assert.ok(!(await page.isVisible('aside.facets')), 'phone: facets shown before asked for');
  const control = page.locator('.filters-toggle');
  assert.ok(await control.isVisible(), 'phone: no Filters control');
  assert.match(await control.textContent(), /^Filters\b/);
  const firstHit = await page.locator('ol.hits li').first().boundingBox();
  const controlBox = await control.boundingBox();
  assert.ok(controlBox.y + controlBox.height <= firstHit.y,
    `phone: the control (y ${controlBox.y}) is not above the first result (y ${firstHit.y})`);
  await page.screenshot({ path: `${out}/results-phone.png`, fullPage: true });
  await control.click();
  assert.ok(await page.isVisible('aside.facets'), 'phone: the control opens no facets');
  const facetsBox = await page.locator('aside.facets').boundingBox();
  const hitAfter = await page.locator('ol.hits li').first().boundingBox();
  assert.ok(facetsBox.y < hitAfter.y, 'phone: the facets come after the results');
  await page.screenshot({ path: `${out}/filters-phone.png`, fullPage: true });
  await control.click();
  assert.ok(!(await page.isVisible('aside.facets')), 'phone: the control does not close the facets');

  // removing the chip goes back
  await page.click('ul.chips a');
  await page.waitForSelector('ol.hits li');
  assert.equal(await page.$('ul.chips'), null);
  // no results: what was searched, and a link dropping each filter alone
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${base}/search?q=grocery+AND+Southeast+Asia+AND+%3E%2430M` +
    '&f=type%3Aacquisition&f=region%3Aeurope');
  const none = await page.textContent('section.none p');
  assert.match(none, /^No results for grocery AND Southeast Asia AND >\$30M with Type: acquisition and Region: Europe\.$/);
  const drops = await page.$$eval('ul.drop a', (a) => a.map((e) => e.textContent));
  assert.deepEqual(drops, ['without Type: acquisition', 'without Region: Europe']);
  await page.screenshot({ path: `${out}/no-results.png`, fullPage: true });
  await page.click('ul.drop a:text-is("without Region: Europe")');
  await page.waitForSelector('ol.hits li');
  assert.ok(!page.url().includes('region'), `the region stayed: ${page.url()}`);
  assert.match(await page.textContent('ul.chips li'), /^Type: acquisition\b/);
  const dropped = Number(await page.textContent('p.summary strong'));
  assert.ok(dropped > 0, 'dropping the region found nothing');

  console.log(JSON.stringify({ titles, before, after, chip: chip.trim(), dropped }));
} finally {
  await browser.close();
}
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
