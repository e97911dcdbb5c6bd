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

const late = (greeting: string, body: string, signOff: string): string => `${greeting}\n\n${body}\n\n${signOff}\n`;

/** A cohort as a trainer has it: three trainees' folders, the model answers, an earlier run to compare with. */
describe('the trainer report for a cohort: skills, progress, model answers, comments, hand-back', () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  let before: { replies: Array<{ key: string; group: string; score: number; scored: boolean; skills: Record<string, boolean> }> };
  let after: typeof before;
  const replylint = (args: string[]): ReturnType<typeof spawnSync> => spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8' });
  const share = (report: typeof before, group: string | undefined, skill: string): number => {
    const counted = report.replies.filter((r) => (group === undefined || r.group === group) && r.skills[skill] !== undefined);
    return Math.round((counted.filter((r) => r.skills[skill]).length / counted.length) * 100);
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'replylint-cohort-'));
    const files: Record<string, string> = {
      'models/late-order.txt': late('Hi Grace,', "I'm sorry your order is late. The courier missed the pickup on Monday, so I've sent a replacement that should arrive by Friday.\n\nThank you for your patience. If there's anything else I can help with, just reply to this email.", 'Best,\nRachel'),
      // A flawed model answer: the report must show its problem.
      'models/feature.txt': late('Hi Tom,', "Thanks for suggesting a dark mode. You need to vote for it on the roadmap, and I've passed your idea to our product team.\n\nIf there's anything else I can help with, just reply to this email.", 'Best,\nRachel'),
      'trainees/amira/late-order.txt': late('Hi Grace,', 'We apologise for any inconvenience. Your parcel will arrive tomorrow.', 'Regards,\nAmira'),
      'trainees/amira/feature.txt': late('Hi Tom,', "Thanks for the idea! I've shared it with the product team.", 'Best,\nAmira'),
      'trainees/ben/late-order.txt': `# Re: order delay\n\n${late('Hi [Customer Name],', 'You need to wait. Your parcel will arrive tomorrow, guaranteed!', 'XXX')}`,
      'trainees/ben/feature.txt': late('Dear customer,', 'Thanks for the suggestion <img src=x onerror=alert(1)>. I have logged it for the team.', 'Best,\nBen'),
      'trainees/carla/late-order.txt': late('Hi Grace,', "I'm sorry your order is late. The courier missed the pickup on Monday, so I've sent a replacement that should arrive by Friday.\n\nThank you for your patience. If there's anything else I can help with, just reply to this email.", 'Best,\nCarla'),
      'trainees/carla/feature.txt': '',
    };
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    // The earlier run, then amira improves one reply; the README's commands, trailing slash included.
    const first = replylint(['report', 'trainees/', '--out', 'before.html', '--json', 'before.json']);
    expect(first.status, String(first.stderr)).toBe(0);
    writeFileSync(join(dir, 'trainees/amira/late-order.txt'), late('Hi Grace,', "I'm sorry your parcel is late. The courier lost it, so I have sent a new one today. Please let me know if anything else comes up.", 'Thanks,\nAmira'));
    const second = replylint(['report', 'trainees/', '--out', 'report.html', '--compare', 'before.json', '--model-answers', 'models', '--json', 'after.json']);
    expect(second.status, String(second.stderr)).toBe(0);
    before = JSON.parse(readFileSync(join(dir, 'before.json'), 'utf8'));
    after = JSON.parse(readFileSync(join(dir, 'after.json'), 'utf8'));
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
    page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => errors.push(`dialog: ${d.message()}`));
    await page.goto(pathToFileURL(join(dir, 'report.html')).href);
    expect(errors).toEqual([]);
    mkdirSync(artifacts, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows a trainee × skill matrix with the JSON figures, sortable, each cell leading to its replies', async () => {
    const matrix = page.locator('#matrix');
    expect(await matrix.locator('tbody th[scope="row"]').allInnerTexts()).toEqual(['amira', 'ben', 'carla']);
    const heads = await matrix.locator('thead th').allInnerTexts();
    expect(heads.slice(0, 9)).toEqual(['Trainee', 'Greeting by name', 'Acknowledges the problem', 'Specific apology', 'Action taken or next step', 'Explanation', 'Thanks', 'Closing invitation', 'Sign-off']);
    // Rules in plain words, the id in a tooltip.
    expect(heads).toContain('Positive wording');
    expect(await matrix.locator('thead th', { hasText: 'Positive wording' }).getAttribute('title')).toBe('no-negative-phrasing');
    expect(heads.join(' ')).not.toMatch(/no-|require-/u);
    // A cell is the share in the JSON the same run wrote.
    const column = heads.indexOf('Closing invitation');
    for (const group of ['amira', 'ben', 'carla']) {
      const cell = matrix.locator('tbody tr', { has: page.locator(`th:text-is("${group}")`) }).locator('td').nth(column - 1);
      expect(await cell.getAttribute('data-value'), group).toBe(String(share(after, group, 'part:closingInvitation')));
      expect(await cell.getAttribute('class')).toMatch(/^band-(good|fair|poor)$/u);
    }
    await matrix.scrollIntoViewIfNeeded();
    // Every skill fits a 1280-pixel window without scrolling sideways (a wider cohort scrolls, the names staying put).
    expect(await page.evaluate(() => { const wrap = document.querySelector('.matrix-wrap')!; return wrap.scrollWidth - wrap.clientWidth; })).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(artifacts, 'report-5-matrix.png') });
    // Sorting by a column orders the trainees by it.
    await matrix.locator('thead th', { hasText: 'Greeting by name' }).locator('button').click();
    const values = await matrix.locator('tbody tr').evaluateAll((rows) => rows.map((r) => Number((r as HTMLTableRowElement).cells[1]!.dataset.value)));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(await matrix.locator('thead th', { hasText: 'Greeting by name' }).getAttribute('aria-sort')).toBe('descending');
    // ben's greeting cell: the replies that missed it.
    const missed = after.replies.filter((r) => r.group === 'ben' && r.skills['part:greeting'] === false).length;
    expect(missed).toBeGreaterThan(0);
    await matrix.locator('tbody tr', { has: page.locator('th:text-is("ben")') }).locator('td').first().locator('a').click();
    expect(await page.locator('article.reply:not(.hidden)').count()).toBe(missed);
    expect(await page.locator('#filter-skill').inputValue()).toBe('part:greeting');
    await page.selectOption('#filter-skill', '');
    await page.selectOption('#filter-group', '');
  });

  it('shows the progress since the earlier run: per trainee and skill, arrow and both figures, replies improved', async () => {
    const mean = (report: typeof before, group: string): string => {
      const list = report.replies.filter((r) => r.group === group && r.scored);
      return (list.reduce((n, r) => n + r.score, 0) / list.length).toFixed(1);
    };
    const [was, now] = [mean(before, 'amira'), mean(after, 'amira')];
    expect(Number(now)).toBeGreaterThan(Number(was));
    expect(await page.locator('#groups-table tbody tr', { hasText: 'amira' }).locator('.delta').innerText()).toBe(`↑ ${was} → ${now}`);
    expect(await page.locator('#groups-table tbody tr', { hasText: 'carla' }).locator('.delta').innerText()).toContain('unchanged');
    // A skill amira gained: the cell says so, with both figures.
    const skill = Object.keys(after.replies.find((r) => r.key === 'amira/late-order.txt')!.skills).find((id) => share(after, 'amira', id) > share(before, 'amira', id))!;
    expect(skill).toBeDefined();
    const label = skill.startsWith('part:') ? undefined : skill;
    const heads = await page.locator('#matrix thead th').evaluateAll((ths) => ths.map((th) => th.getAttribute('title') ?? th.textContent));
    const partLabels: Record<string, string> = { 'part:greeting': 'Greeting by name', 'part:acknowledgement': 'Acknowledges the problem', 'part:apology': 'Specific apology', 'part:nextStep': 'Action taken or next step', 'part:explanation': 'Explanation', 'part:thanks': 'Thanks', 'part:closingInvitation': 'Closing invitation', 'part:signOff': 'Sign-off' };
    const column = heads.indexOf(label?.slice(5) ?? partLabels[skill]!);
    const cell = page.locator('#matrix tbody tr', { has: page.locator('th:text-is("amira")') }).locator('td').nth(column - 1);
    expect(await cell.locator('.delta').textContent()).toBe(`↑ ${share(before, 'amira', skill)}% → ${share(after, 'amira', skill)}% since the earlier run`);
    const progress = page.locator('.progress-group[data-group="amira"]');
    const oldScore = before.replies.find((r) => r.key === 'amira/late-order.txt')!.score;
    const newScore = after.replies.find((r) => r.key === 'amira/late-order.txt')!.score;
    expect(await progress.locator('h4').first().textContent()).toBe('Improved');
    expect(await progress.locator('li').first().textContent()).toBe(`amira/late-order.txt: ↑ ${oldScore} → ${newScore}`);
    await page.locator('#progress-heading').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifacts, 'report-6-progress.png') });
  });

  it('shows the model answer beside the reply, with the parts each has and the model\'s own findings', async () => {
    const article = page.locator('article.reply[data-key="ben/late-order.txt"]');
    const model = article.locator('div.model');
    // Replies off screen are not laid out (content-visibility): bring this one into view before reading layout.
    await model.scrollIntoViewIfNeeded();
    expect(await model.locator('pre.text').textContent()).toContain('The courier missed the pickup on Monday');
    const greeting = model.locator('table.compare-parts tbody tr', { has: page.locator('th:text-is("Greeting by name")') });
    expect(await greeting.locator('td').allTextContents()).toEqual(['✗ missing', '✓ present']);
    // Side by side: the model's text is right of the parts table, on the same row.
    const [left, right] = [await model.locator('table.compare-parts').boundingBox(), await model.locator('pre.text').boundingBox()];
    expect(right!.x).toBeGreaterThan(left!.x + left!.width);
    const flawed = page.locator('article.reply[data-key="amira/feature.txt"] div.model');
    expect(await flawed.textContent()).toContain('The model answer has 1 problem of its own');
    expect(await flawed.locator('.problem strong').textContent()).toBe('Positive wording');
    await model.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifacts, 'report-7-model-answer.png') });
  });

  it('shows an insertion as the words added, marked at the place of insertion', async () => {
    const article = page.locator('article.reply[data-key="ben/late-order.txt"]');
    const insertion = article.locator('li.problem', { hasText: 'Invites the customer back' });
    expect(await insertion.locator('.rewrite').textContent()).toMatch(/^Add: \S/u);
    expect(await insertion.locator('.rewrite').textContent()).not.toContain('You need to wait');
    // The mark is the place of insertion: a "+" between two characters, not the sentence before it.
    const mark = article.locator(`pre.text mark[aria-describedby="${await insertion.getAttribute('id')}"]`);
    expect(await mark.getAttribute('class')).toMatch(/\bins\b/u);
    expect(await mark.textContent()).toBe('+');
    // The filter bar stays where it is: it never sits over the text.
    expect(await page.locator('#controls').evaluate((el) => getComputedStyle(el).position)).toBe('static');
    // Text from a reply stays text: no element is made of it.
    expect(await page.locator('article img').count()).toBe(0);
  });

  it('keeps a comment written on a finding after a reload, exports it, and reads it back into the next report', async () => {
    const article = page.locator('article.reply[data-key="ben/feature.txt"]');
    await article.locator('button.add-comment').click();
    const form = article.locator('form.comment-form');
    const finding = await article.locator('li.problem').first().getAttribute('data-finding');
    await form.locator('select').selectOption(finding!);
    await form.locator('textarea').fill('Use the customer\'s name <b>here</b>.');
    await form.locator('button').click();
    await page.reload();
    const comment = page.locator('article.reply[data-key="ben/feature.txt"] li.comment');
    expect(await comment.textContent()).toBe('Greets the customer by name: Use the customer\'s name <b>here</b>.');
    await comment.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifacts, 'report-8-comment.png') });
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-comments').click()]);
    await download.saveAs(join(dir, 'comments.json'));
    const exported = JSON.parse(readFileSync(join(dir, 'comments.json'), 'utf8')) as { comments: Array<{ key: string; finding?: string; text: string }> };
    expect(exported.comments).toEqual([expect.objectContaining({ key: 'ben/feature.txt', finding, text: 'Use the customer\'s name <b>here</b>.' })]);
    const next = replylint(['report', 'trainees/', '--out', 'next.html', '--comments', 'comments.json']);
    expect(next.status, String(next.stderr)).toBe(0);
    // A fresh browser profile: the comment comes from the file, not from this browser's storage.
    const fresh = await browser.newPage();
    await fresh.goto(pathToFileURL(join(dir, 'next.html')).href);
    expect(await fresh.locator('article.reply[data-key="ben/feature.txt"] li.comment.from-file').textContent()).toBe('Greets the customer by name: Use the customer\'s name <b>here</b>.');
    expect(await fresh.locator('article b').count()).toBe(0);
    await fresh.close();
  });

  it("keeps one report's comments out of another with the same title and file names (every file:// page shares one storage)", async () => {
    mkdirSync(join(dir, 'cohort-2/ben'), { recursive: true });
    writeFileSync(join(dir, 'cohort-2/ben/feature.txt'), late('Dear customer,', 'Thanks for the idea. It is logged.', 'Best,\nBen'));
    const other = replylint(['report', 'cohort-2/', '--out', 'cohort-2.html']);
    expect(other.status, String(other.stderr)).toBe(0);
    // The same browser profile as the comment written above.
    const second = await page.context().newPage();
    await second.goto(pathToFileURL(join(dir, 'cohort-2.html')).href);
    expect(await second.locator('article.reply[data-key="ben/feature.txt"]').count()).toBe(1);
    expect(await second.locator('li.comment').count()).toBe(0);
    await second.close();
    // The report the comment was written on still shows it.
    await page.reload();
    expect(await page.locator('article.reply[data-key="ben/feature.txt"] li.comment').count()).toBe(1);
  });

  it('exports one trainee\'s page: their replies, findings, comments and progress, self-contained', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button.export[data-group="ben"]').click()]);
    expect(download.suggestedFilename()).toBe('ben.html');
    await download.saveAs(join(dir, 'ben.html'));
    const html = readFileSync(join(dir, 'ben.html'), 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*application\/json)/u);
    const handBack = await browser.newPage();
    const requests: string[] = [];
    handBack.on('request', (r) => requests.push(r.url()));
    await handBack.goto(pathToFileURL(join(dir, 'ben.html')).href);
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    expect(await handBack.locator('h1').innerText()).toBe('replylint report: ben');
    expect(await handBack.locator('article.reply').evaluateAll((as) => as.map((a) => (a as HTMLElement).dataset.group))).toEqual(['ben', 'ben']);
    expect(await handBack.locator('#matrix tbody tr').count()).toBe(1);
    // The cohort's own figures stay with the trainer.
    expect(await handBack.locator('.stats, .chart').count()).toBe(0);
    expect(await handBack.locator('#groups-table tbody tr').allTextContents()).toEqual([expect.stringMatching(/^ben2/u)]);
    expect(await handBack.locator('li.comment').textContent()).toContain('Use the customer\'s name');
    expect(await handBack.locator('.progress-group').count()).toBe(1);
    expect(await handBack.locator('li.problem').count()).toBeGreaterThan(0);
    // Model answers are set in place, since the page runs no script.
    expect(await handBack.locator('div.model .model-panel pre.text').count()).toBe(2);
    await handBack.screenshot({ path: join(artifacts, 'report-9-trainee-export.png'), fullPage: false });
    await handBack.close();
  });

  it('has no serious accessibility violations with the matrix, progress, model answers and comments (axe-core)', async () => {
    const require = createRequire(import.meta.url);
    await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, first: JSON.stringify(v.nodes[0]?.target) }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});
