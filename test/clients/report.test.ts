/**
 * The trainer's report in a real browser (Debian's Chromium via
 * playwright-core): its numbers agree with the JSON output, a highlight shows
 * its message on hover, a filter narrows the replies, right-to-left text is
 * laid out right to left, and axe-core finds no serious accessibility problem.
 * Screenshots land in test-artifacts/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'cli/dist/cli.js');
const artifacts = join(root, 'test-artifacts');

interface JsonResult {
  filePath: string;
  language: string;
  scored: boolean;
  score: number;
  messages: Array<{ ruleId: string; message: string }>;
}

describe('the trainer report in a browser', () => {
  let browser: Browser;
  let page: Page;
  let json: JsonResult[];
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'replylint-report-'));
    // Two trainees' folders, one with an Arabic reply, so groups and right-to-left text are both on the page.
    cpSync(join(root, 'examples'), join(dir, 'replies/alex'), { recursive: true });
    mkdirSync(join(dir, 'replies/noor'));
    writeFileSync(join(dir, 'replies/noor/arabic.txt'), 'مرحبا ليلى،\n\nشكرا لتواصلك معنا. لقد أرسلت طلبك اليوم.\n\nمع خالص التحية،\nنور\n');
    writeFileSync(join(dir, 'replies/noor/late.txt'), 'Hi Sam,\n\nYou need to wait. Your parcel will arrive tomorrow.\n\nBest,\nNoor\n');
    const report = spawnSync(process.execPath, [bin, 'report', 'replies', '--out', 'report.html'], { cwd: dir, encoding: 'utf8' });
    expect(report.status, report.stderr).toBe(0);
    json = JSON.parse(spawnSync(process.execPath, [bin, '--format', 'json', 'replies'], { cwd: dir, encoding: 'utf8' }).stdout) as JsonResult[];
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    // No request may leave the page: everything it needs is inline.
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(join(dir, 'report.html')).href);
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    mkdirSync(artifacts, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the numbers the JSON output gives', async () => {
    // Every reply is scored, the Arabic one too (the checklist reads Arabic); a reply that is not would be left out of the average.
    const scored = json.filter((r) => r.scored);
    expect(scored).toHaveLength(json.length);
    const average = scored.reduce((n, r) => n + r.score, 0) / scored.length;
    const problems = json.reduce((n, r) => n + r.messages.length, 0);
    expect(await page.locator('#stat-replies').innerText()).toBe(String(json.length));
    expect(await page.locator('#stat-average').innerText()).toBe(average.toFixed(1));
    expect(await page.locator('#stat-problems').innerText()).toBe(String(problems));
    const inAlex = json.filter((r) => r.filePath.includes('replies/alex/')).length;
    expect(await page.locator('#groups-table tbody tr').allInnerTexts()).toEqual([expect.stringMatching(new RegExp(`^alex\\t${inAlex}\\t`, 'u')), expect.stringMatching(/^noor\t2\t/u)]);
    const arabic = json.find((r) => r.filePath.endsWith('arabic.txt'))!;
    expect(arabic).toMatchObject({ language: 'ar', scored: true });
    expect(await page.locator('article', { hasText: 'مرحبا ليلى' }).locator('.score').textContent()).toBe(`${arabic.score}/100`);
    await page.screenshot({ path: join(artifacts, 'report-1-summary.png'), fullPage: false });
  });

  it('shows a highlight\'s message, why and rewrite on hover and on keyboard focus', async () => {
    const mark = page.locator('article mark.hl', { hasText: 'You need to' }).first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const tip = page.locator('#tooltip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toContain('puts the burden on the customer');
    expect(await tip.innerText()).toContain('Rewrite:');
    await page.screenshot({ path: join(artifacts, 'report-2-hover.png') });
    await page.mouse.move(0, 0);
    await page.keyboard.press('Escape');
    await mark.focus();
    await expect.poll(() => tip.isVisible()).toBe(true);
  });

  it('filters by rule and by group', async () => {
    await page.selectOption('#filter-rule', 'no-overpromise');
    const expected = json.filter((r) => r.messages.some((m) => m.ruleId === 'no-overpromise')).length;
    expect(await page.locator('article.reply:not(.hidden)').count()).toBe(expected);
    expect(await page.locator('#shown').innerText()).toBe(`${expected} of ${json.length} replies shown`);
    await page.locator('#controls').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifacts, 'report-3-filtered.png') });
    await page.selectOption('#filter-rule', '');
    await page.selectOption('#filter-group', 'noor');
    expect(await page.locator('article.reply:not(.hidden)').count()).toBe(2);
    await page.selectOption('#filter-group', '');
    await page.selectOption('#sort', 'score-asc');
    const scores = (await page.locator('article.reply').evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.score))));
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
  });

  it('lays right-to-left text out right to left', async () => {
    const arabic = page.locator('article', { hasText: 'مرحبا ليلى' }).locator('pre.text');
    expect(await arabic.evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('plaintext');
    await arabic.scrollIntoViewIfNeeded();
    // With plaintext bidi each line takes its own direction: the Arabic line starts at the right edge.
    const box = await arabic.boundingBox();
    const first = await arabic.evaluate((el) => {
      const text = document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode()!;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, Math.min(5, text.textContent!.length));
      return range.getBoundingClientRect().right;
    });
    expect(first).toBeGreaterThan(box!.x + box!.width / 2);
    await page.screenshot({ path: join(artifacts, 'report-4-arabic.png') });
  });

  it('has no serious accessibility violations (axe-core)', async () => {
    const require = createRequire(import.meta.url);
    await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});
