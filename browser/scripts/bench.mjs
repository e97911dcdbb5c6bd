// Typing latency and memory the extension adds to a 300-word reply in CKEditor 5,
// measured in Debian's Chromium (not a timed test: a benchmark that prints figures).
//
// For each keystroke, the renderer main thread's busy time (CDP Performance
// metric TaskDuration) is read before the key and after the page has settled,
// so it holds everything the keystroke caused: the editor's own work, and with
// the extension its listeners, the redraw of the underlines, and any lint result
// drawn in that window. The same keystrokes are typed with no extension loaded
// and with the extension enabled on the site; the difference is what it adds.
// Memory: the page's JS heap (main world and the content script's world share
// it) after a garbage collection, before and after the typing.
//
//   npm run bench:browser            # KEYS=400 SETTLE=60 to change the run
import { launch, servePages, setSite } from './harness.mjs';

const keys = Number(process.env.KEYS ?? 300);
const settle = Number(process.env.SETTLE ?? 50);

const sentences = [
  'Thanks for reaching out about the delayed order, and I am sorry for the wait.',
  'I checked the tracking number you sent and the parcel left our warehouse on Monday.',
  'You need to confirm the delivery address in your account before the courier can try again.',
  'Your replacement will definitely arrive tomorrow morning.',
  'If the parcel does not show up by Friday, I will arrange a full refund for you.',
  'In the meantime, please keep an eye on the email we sent with the new tracking link.',
  'Our team has also added a note to your account so that anyone who picks up this ticket knows the history.',
];

function reply300() {
  const paragraphs = ['Hi Sam,'];
  let words = 2;
  let i = 0;
  while (words < 300) {
    const para = [];
    for (let j = 0; j < 3 && words < 300; j++, i++) {
      const s = sentences[i % sentences.length];
      para.push(s);
      words += s.split(' ').length;
    }
    paragraphs.push(para.join(' '));
  }
  paragraphs.push('Best,', 'Ana');
  return paragraphs;
}

const percentile = (xs, p) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

async function run(withExtension, server) {
  const browser = await launch({ extension: withExtension });
  try {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/ckeditor.html`);
    await page.waitForSelector('body[data-ready="true"]');
    if (withExtension) {
      await setSite(browser.context, browser.extensionId, page, true, 'email');
      await page.waitForSelector('html[data-replylint="on"]');
    }
    const paragraphs = reply300();
    const words = paragraphs.join(' ').split(/\s+/u).length;
    await page.evaluate((ps) => window.editor.setData(ps.map((p) => `<p>${p}</p>`).join('')), paragraphs);
    await page.click('.ck-editor__editable');
    await page.keyboard.press('Control+End');
    await page.waitForTimeout(2000);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metric = async (name) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name).value;
    await cdp.send('HeapProfiler.collectGarbage');
    const heapBefore = await metric('JSHeapUsedSize');
    const typed = ' You need to restart the router and the replacement will definitely arrive tomorrow.';
    const costs = [];
    const own = [];
    const work = () => page.evaluate(() => Number(document.querySelector('replylint-overlay')?.getAttribute('data-work-ms') ?? '0'));
    for (let k = 0; k < keys; k++) {
      const ch = typed[k % typed.length];
      const ownBefore = await work();
      const before = await metric('TaskDuration');
      await page.keyboard.type(ch);
      await page.waitForTimeout(settle);
      costs.push(((await metric('TaskDuration')) - before) * 1000);
      own.push((await work()) - ownBefore);
    }
    await page.waitForTimeout(1500);
    const underlines = await page.evaluate(() => document.querySelector('replylint-overlay')?.shadowRoot?.querySelectorAll('.u:not([hidden])').length ?? 0);
    await cdp.send('HeapProfiler.collectGarbage');
    const heapAfter = await metric('JSHeapUsedSize');
    return { words, costs, own, heapBefore, heapAfter, underlines };
  } finally {
    await browser.close();
  }
}

const server = await servePages();
try {
  const off = await run(false, server);
  const on = await run(true, server);
  const mb = (b) => (b / 1024 / 1024).toFixed(1);
  const row = (name, r) =>
    `${name.padEnd(22)} p50 ${percentile(r.costs, 50).toFixed(2).padStart(6)} ms  p95 ${percentile(r.costs, 95).toFixed(2).padStart(6)} ms  max ${Math.max(...r.costs).toFixed(2).padStart(6)} ms  heap ${mb(r.heapBefore)} → ${mb(r.heapAfter)} MB (+${mb(r.heapAfter - r.heapBefore)})`;
  console.log(`CKEditor 5, a ${on.words}-word reply, ${keys} keystrokes typed one at a time (${settle} ms apart), main-thread time per keystroke:`);
  console.log(row('no extension', off));
  console.log(row('replylint enabled', on));
  const added95 = percentile(on.costs, 95) - percentile(off.costs, 95);
  const added50 = percentile(on.costs, 50) - percentile(off.costs, 50);
  console.log(`whole main thread, enabled minus no extension: p50 ${added50.toFixed(2)} ms, p95 ${added95.toFixed(2)} ms (noisy on a shared machine: the editor's own cost varies more than the difference)`);
  console.log(`the extension's own main-thread work per keystroke (listeners, text map, redraw, lint results drawn): p50 ${percentile(on.own, 50).toFixed(2)} ms, p95 ${percentile(on.own, 95).toFixed(2)} ms, max ${Math.max(...on.own).toFixed(2)} ms (target p95 < 5 ms); underlines drawn at the end: ${on.underlines}`);
  console.log(`page heap growth while typing, with replylint: ${mb(on.heapAfter - on.heapBefore)} MB; page heap with replylint minus without, after typing: ${mb(on.heapAfter - off.heapAfter)} MB (target < 30 MB)`);
} finally {
  await server.close();
}
