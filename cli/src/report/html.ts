/**
 * The trainer's report: one self-contained HTML file (styles and script
 * inline, nothing fetched) with a summary of who needs help with what, and
 * every reply with its problems highlighted in place, its checklist and score.
 */
import { createHash } from 'node:crypto';
import { checklistParts, partDone, ruleName, ruleUrl, rules, version } from '@replylint/rules';
import type { ReportMessage, ReportReply } from './collect.js';
import { judged, skillsOf, type Comment, type SavedReport, type Skill } from './skills.js';

const escape = (text: string): string => text.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '') || 'group';

/** A colour per rule: light backgrounds that keep dark text readable (WCAG AA). */
const palette = ['#ffd6d6', '#ffe5b4', '#fff3a8', '#d8f5c8', '#c8f0ea', '#cfe6ff', '#dcd6ff', '#f5d2f0', '#e8e0d0', '#d0e8d0', '#f0d8c8', '#d8e0f0', '#e0f0c0'];
const ruleIndex = new Map(rules.map((rule, i) => [rule.meta.id, i]));

/** A rewrite that only adds words before or after the flagged text: what it adds, and where. */
export interface Insertion {
  at: number;
  /** Each rewrite's added words. */
  added: string[];
}

export function insertionOf(m: ReportMessage): Insertion | undefined {
  if (m.expected.length === 0 || m.actual === '') return undefined;
  if (m.expected.every((e) => e.length > m.actual.length && e.startsWith(m.actual))) return { at: m.end, added: m.expected.map((e) => e.slice(m.actual.length).trim()) };
  if (m.expected.every((e) => e.length > m.actual.length && e.endsWith(m.actual))) return { at: m.start, added: m.expected.map((e) => e.slice(0, e.length - m.actual.length).trim()) };
  return undefined;
}

/**
 * The reply's text with each reported range wrapped in a focusable mark;
 * overlapping ranges split into segments. An insertion is marked where the
 * words go, not over the text before it. One sweep over the range ends, with
 * the ranges open at each segment kept as it goes: looking every report up
 * again for every segment took 30 s for a reply with 20,000 reports.
 */
function highlighted(reply: ReportReply, prefix: string): string {
  const text = reply.text;
  const all = reply.messages.map((m, j) => ({ m, j, ins: insertionOf(m) }));
  const marked = all.filter(({ m, ins }) => !ins && m.end > m.start);
  const inserts = all.filter(({ ins }) => ins).sort((a, b) => a.ins!.at - b.ins!.at || a.j - b.j);
  const bounds = new Set<number>([0, text.length]);
  for (const { m } of marked) {
    bounds.add(m.start);
    bounds.add(m.end);
  }
  for (const { ins } of inserts) bounds.add(ins!.at);
  const points = [...bounds].sort((a, b) => a - b);
  const byStart = [...marked].sort((a, b) => a.m.start - b.m.start || a.j - b.j);
  let next = 0;
  let nextInsert = 0;
  let open: typeof marked = [];
  let html = '';
  const insertMarks = (at: number): void => {
    while (nextInsert < inserts.length && inserts[nextInsert]!.ins!.at <= at) {
      const { m, j } = inserts[nextInsert++]!;
      html += `<mark class="hl ins rule-${ruleIndex.get(m.ruleId) ?? 0}" tabindex="0" data-tips="${prefix}-${j}" aria-describedby="${prefix}-${j}">+</mark>`;
    }
  };
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    insertMarks(from);
    open = open.filter(({ m }) => m.end > from);
    let added = false;
    while (next < byStart.length && byStart[next]!.m.start <= from) {
      open.push(byStart[next++]!);
      added = true;
    }
    if (added) open.sort((a, b) => a.j - b.j);
    const chunk = escape(text.slice(from, to));
    if (open.length === 0) {
      html += chunk;
      continue;
    }
    const first = open[0]!.m;
    const ids = open.map(({ j }) => `${prefix}-${j}`).join(' ');
    const label = open.map(({ m }) => ruleName(m.ruleId)).join(', ');
    html += `<mark class="hl rule-${ruleIndex.get(first.ruleId) ?? 0}" tabindex="0" data-tips="${ids}" aria-describedby="${ids}" title="${escape(label)}">${chunk}</mark>`;
  }
  insertMarks(text.length);
  return html;
}

/** The checklist, each part marked right, missed or not needed. */
function checklist(reply: ReportReply): string {
  const items = checklistParts.map(({ part, label }) => {
    const done = partDone(reply.checklist, part);
    const state = done === undefined ? 'not needed' : done ? 'present' : 'missing';
    // The mark is drawn by the style sheet (one rule, not two thousand copies); the state is in words for screen readers.
    return `<li class="${stateOf(done)}" data-part="${part}">${escape(label)}<i>${done === undefined ? ' (not needed here)' : `: ${state}`}</i></li>`;
  });
  return `<ul class="checklist">${items.join('')}</ul>`;
}

/** Every point the reply lost, with its reason: the score's own breakdown. */
function pointsLostList(reply: ReportReply): string {
  if (!reply.scored) return '';
  const lost = reply.score.breakdown.filter((l) => l.points < l.max);
  if (lost.length === 0) return '<p class="lost-none">No points lost.</p>';
  return `<h4>Points lost</h4><ul class="lost">${lost
    .map((l) => {
      const name = l.part !== undefined ? (checklistParts.find((p) => p.part === l.part)?.label ?? l.label) : ruleName(l.ruleId ?? '');
      return `<li><span class="pts">−${l.max - l.points}</span> ${escape(name)}${l.reason ? `: ${escape(l.reason)}` : ''}</li>`;
    })
    .join('')}</ul>`;
}

const ellipsis = (text: string, keep: number, fromEnd: boolean): string => (text.length <= keep ? text : fromEnd ? `…${text.slice(-keep)}` : `${text.slice(0, keep)}…`);

function problems(reply: ReportReply, prefix: string, key: string | undefined): string {
  if (reply.messages.length === 0) return '<p class="clean">No problems found.</p>';
  const items = reply.messages.map((m, j) => {
    const ins = insertionOf(m);
    let quote: string;
    let rewrites: string;
    if (ins) {
      // What is added, once per rewrite, and where: not the sentence before it again and again.
      const where = ins.at === m.end ? `after “${escape(ellipsis(m.actual, 40, true))}”` : `before “${escape(ellipsis(m.actual, 40, false))}”`;
      quote = `<p class="quote">Add ${where}</p>`;
      rewrites = `<p class="rewrite">Add: ${ins.added.map((a) => `<ins>${escape(a)}</ins>`).join(' or ')}</p>`;
    } else {
      quote = `<p class="quote">“${escape(m.actual)}”</p>`;
      rewrites = m.expected.length > 0 ? `<p class="rewrite">Rewrite: ${m.expected.map((e) => `<q>${e === '' ? '(delete)' : escape(e)}</q>`).join(' or ')}</p>` : '<p class="rewrite">Only the writer knows the right words here.</p>';
    }
    const finding = `${m.ruleId}@${m.start}`;
    return `<li id="${prefix}-${j}" class="problem rule-${ruleIndex.get(m.ruleId) ?? 0}" data-rule="${escape(m.ruleId)}"${key !== undefined ? ` data-finding="${escape(finding)}"` : ''}>
<p><strong title="${escape(m.ruleId)}">${escape(ruleName(m.ruleId))}</strong> <span class="where">line ${m.line}</span> · ${escape(m.reason)}</p>
${quote}
${rewrites}
<p class="why"><a href="#rule-${escape(m.ruleId)}">Why this matters</a></p>
</li>`;
  });
  return `<ol class="problems">${items.join('\n')}</ol>`;
}

const css = `
:root { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans Arabic", sans-serif; color: #1a1a1a; background: #fff; }
body { margin: 0 auto; max-width: 1200px; padding: 1rem 1.5rem 4rem; line-height: 1.45; }
h1 { font-size: 1.6rem; margin: .5rem 0; } h2 { font-size: 1.25rem; margin-top: 2rem; } h3 { font-size: 1.05rem; margin: 0; }
.stats { display: flex; gap: 1rem; flex-wrap: wrap; padding: 0; list-style: none; }
.stats li { border: 1px solid #bbb; border-radius: 8px; padding: .5rem 1rem; min-width: 9rem; }
.stats strong { display: block; font-size: 1.6rem; }
.chart { list-style: none; padding: 0; }
.chart li { display: grid; grid-template-columns: 18rem 1fr 3rem; align-items: center; gap: .5rem; margin: .2rem 0; }
.chart button { text-align: left; background: none; border: 0; padding: .2rem; font: inherit; color: #0645ad; text-decoration: underline; cursor: pointer; }
.bar { height: 1.1rem; border: 1px solid #555; min-width: 2px; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { border-bottom: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th button, .linklike { font: inherit; font-weight: bold; background: none; border: 0; padding: 0; cursor: pointer; color: inherit; text-align: inherit; }
.linklike { font-weight: normal; color: #0645ad; text-decoration: underline; }
td.num, th.num { text-align: right; }
.matrix-wrap { overflow-x: auto; }
#matrix th[scope="col"] { font-size: .8rem; vertical-align: bottom; min-width: 4rem; }
#matrix th, #matrix td { padding: .3rem .3rem; }
#matrix td { text-align: center; font-variant-numeric: tabular-nums; }
#matrix td .delta { font-size: .72rem; }
/* The trainee's name stays in view while a wide cohort's skills scroll past. */
#matrix th[scope="row"] { position: sticky; left: 0; background: #fff; z-index: 1; }
#matrix td a { color: inherit; }
.band-good { background: #d8f5c8; } .band-fair { background: #fff3a8; } .band-poor { background: #ffd6d6; } .band-none { color: #555; }
.delta { font-size: .8rem; display: block; } .delta.up { color: #0b6b2a; } .delta.down { color: #a4161a; } .delta.same { color: #555; }
.controls { display: flex; gap: 1.5rem; flex-wrap: wrap; align-items: end; padding: .75rem; background: #f2f2f2; border-radius: 8px; }
.controls label { display: flex; flex-direction: column; font-size: .9rem; }
select, textarea { font: inherit; padding: .2rem; }
article.reply { border: 1px solid #bbb; border-radius: 8px; padding: 1rem; margin: 1.2rem 0; content-visibility: auto; contain-intrinsic-size: auto 32rem; }
.rules dt { font-weight: bold; margin-top: .6rem; } .rules dd { margin-left: 0; } .rules code { font-weight: normal; font-size: .85rem; }
article.reply header { display: flex; justify-content: space-between; gap: 1rem; align-items: baseline; flex-wrap: wrap; }
.score { font-weight: bold; font-size: 1.2rem; padding: .1rem .6rem; border-radius: 1rem; border: 2px solid currentColor; }
.score.unscored { color: #555; font-size: 1rem; } .score.good { color: #0b6b2a; } .score.fair { color: #7a4f00; } .score.poor { color: #a4161a; }
.layout { display: grid; grid-template-columns: 1fr 17rem; gap: 1rem; }
.side-by-side { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; margin-top: 1rem; border-top: 1px dashed #999; padding-top: .5rem; }
.text { white-space: pre-wrap; unicode-bidi: plaintext; font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .92rem; background: #fafafa; border: 1px solid #ddd; padding: .75rem; border-radius: 6px; margin: 0; overflow-wrap: anywhere; }
mark.hl { color: inherit; border-bottom: 2px solid #333; border-radius: 2px; cursor: help; }
mark.hl.ins { border: 1px solid #333; border-radius: 3px; padding: 0 .15rem; font-weight: bold; }
mark.hl:focus { outline: 3px solid #0645ad; outline-offset: 1px; }
ins { text-decoration: none; background: #d8f5c8; padding: 0 .15rem; }
.checklist, .lost { list-style: none; padding: 0; margin: 0; font-size: .92rem; }
.checklist li::before { display: inline-block; width: 1.1em; } .checklist .ok::before { content: "✓"; color: #0b6b2a; } .checklist .missing::before { content: "✗"; } .checklist .na::before { content: "–"; }
.checklist .missing { color: #a4161a; } .checklist .na { color: #555; } .checklist i { font-style: normal; } .checklist .ok i, .checklist .missing i { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.lost .pts { display: inline-block; min-width: 2.2rem; font-weight: bold; color: #a4161a; }
.problems { padding-left: 1.2rem; font-size: .92rem; }
.problem { border-left: 6px solid transparent; padding: .1rem .5rem; margin: .4rem 0; }
.problem p { margin: .15rem 0; } .quote { font-style: italic; unicode-bidi: plaintext; } .why { color: #333; }
.comments { margin-top: .75rem; font-size: .92rem; }
.comments ul { padding-left: 1.2rem; } .comments textarea { width: 100%; min-height: 3rem; box-sizing: border-box; }
.tooltip { position: absolute; z-index: 10; max-width: 30rem; background: #fff; border: 2px solid #333; border-radius: 8px; padding: .5rem .75rem; box-shadow: 0 4px 16px rgba(0,0,0,.25); font-size: .9rem; }
.tooltip[hidden] { display: none; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.hidden { display: none !important; }
footer { margin-top: 3rem; color: #555; font-size: .85rem; }
@media (max-width: 800px) { .layout, .side-by-side { grid-template-columns: 1fr; } .chart li { grid-template-columns: 10rem 1fr 3rem; } }
@media print {
  article.reply { content-visibility: visible; }
  .controls, .tooltip, .chart button, .comment-form, .export { display: none !important; }
  body { max-width: none; padding: 0; }
  article.reply { break-inside: avoid; }
  mark.hl { border-bottom: 2px solid #000; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .8em; }
}
${palette.map((colour, i) => `.rule-${i} { background: ${colour}; } .problem.rule-${i} { border-left-color: ${colour}; background: none; } .bar.rule-${i} { background: ${colour}; }`).join('\n')}
`;

/** Sorting, filtering, tooltips, comments and the per-trainee export; the page reads without it (everything is in the markup). */
const script = `
(() => {
  const $ = (s, r = document) => r.querySelector(s);
  const $$ = (s, r = document) => [...r.querySelectorAll(s)];
  const tip = document.createElement('div');
  tip.className = 'tooltip'; tip.hidden = true; tip.setAttribute('role', 'tooltip'); tip.id = 'tooltip';
  document.body.append(tip);
  const show = (mark) => {
    tip.innerHTML = mark.dataset.tips.split(' ').map((id) => {
      const item = document.getElementById(id);
      const note = document.querySelector('#rule-' + item.dataset.rule + ' + dd .note');
      const copy = item.cloneNode(true);
      copy.removeAttribute('id');
      copy.querySelector('.why').remove();
      return copy.innerHTML + (note ? '<p class="why">' + note.innerHTML + '</p>' : '');
    }).join('<hr>');
    const box = mark.getBoundingClientRect();
    tip.style.left = Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - 500)) + 'px';
    tip.style.top = (window.scrollY + box.bottom + 6) + 'px';
    tip.hidden = false;
  };
  const hide = () => { tip.hidden = true; };
  // One listener for every highlight: a report of thousands of replies stays quick to open.
  const markOf = (e) => e.target instanceof Element ? e.target.closest('mark.hl') : null;
  document.addEventListener('mouseover', (e) => { const m = markOf(e); if (m) show(m); });
  document.addEventListener('mouseout', (e) => { if (markOf(e)) hide(); });
  document.addEventListener('focusin', (e) => { const m = markOf(e); if (m) show(m); });
  document.addEventListener('focusout', (e) => { if (markOf(e)) hide(); });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hide(); });

  const ruleSelect = $('#filter-rule'), groupSelect = $('#filter-group'), skillSelect = $('#filter-skill'), sortSelect = $('#sort');
  const rows = $$('#replies-table tbody tr');
  const articles = $$('article.reply');
  const apply = () => {
    const rule = ruleSelect.value, group = groupSelect.value, skill = skillSelect.value;
    let shown = 0;
    articles.forEach((a, i) => {
      const visible = (!rule || a.dataset.rules.split(' ').includes(rule)) && (!group || a.dataset.group === group) && (!skill || a.dataset.missed.split(' ').includes(skill));
      a.classList.toggle('hidden', !visible);
      rows[i].classList.toggle('hidden', !visible);
      if (visible) shown++;
    });
    $('#shown').textContent = shown + ' of ' + articles.length + ' replies shown';
  };
  const sortBy = (key) => {
    const value = (el) => key === 'score-asc' ? +el.dataset.score : key === 'score-desc' ? -el.dataset.score : key === 'problems' ? -el.dataset.problems
      : key === 'name' ? el.dataset.name : -(el.dataset.rules.split(' ').filter((r) => r === key).length);
    const order = articles.map((a, i) => i).sort((x, y) => { const a = value(articles[x]), b = value(articles[y]); return a < b ? -1 : a > b ? 1 : x - y; });
    const body = $('#replies-table tbody'), list = $('#reply-list');
    order.forEach((i) => { body.append(rows[i]); list.append(articles[i]); });
  };
  ruleSelect.addEventListener('change', apply);
  groupSelect.addEventListener('change', apply);
  skillSelect.addEventListener('change', apply);
  sortSelect.addEventListener('change', () => sortBy(sortSelect.value));
  $$('#replies-table th button').forEach((b) => b.addEventListener('click', () => { sortSelect.value = b.dataset.sort; sortBy(b.dataset.sort); }));
  $$('.chart button').forEach((b) => b.addEventListener('click', () => { ruleSelect.value = b.dataset.rule; apply(); $('#controls').scrollIntoView(); }));

  // The matrix: a column's button sorts the trainees by it (again: the other way); a cell shows the replies behind it.
  const matrix = $('#matrix');
  if (matrix) {
    matrix.querySelectorAll('thead button').forEach((b, col) => b.addEventListener('click', () => {
      const th = b.closest('th');
      const descending = th.getAttribute('aria-sort') !== 'descending';
      matrix.querySelectorAll('thead th').forEach((h) => h.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      const body = matrix.tBodies[0];
      const value = (tr) => col === 0 ? tr.cells[0].textContent : Number(tr.cells[col].dataset.value ?? -1);
      [...body.rows].sort((x, y) => { const a = value(x), b = value(y); const c = a < b ? -1 : a > b ? 1 : 0; return descending && col > 0 ? -c : c; }).forEach((tr) => body.append(tr));
    }));
    matrix.addEventListener('click', (e) => {
      const link = e.target instanceof Element ? e.target.closest('a[data-skill]') : null;
      if (!link) return;
      e.preventDefault();
      ruleSelect.value = ''; groupSelect.value = link.dataset.group; skillSelect.value = link.dataset.skill;
      apply();
      $('#controls').scrollIntoView();
    });
  }

  // A model answer is written once per scenario; beside a reply it is a copy, its ids made the reply's own.
  const partNames = { greeting: 'Greeting by name', acknowledgement: 'Acknowledges the problem', apology: 'Specific apology', nextStep: 'Action taken or next step', explanation: 'Explanation', thanks: 'Thanks', closingInvitation: 'Closing invitation', signOff: 'Sign-off' };
  const marks = { ok: ['✓', 'present'], missing: ['✗', 'missing'], na: ['–', 'not needed'] };
  const fillModel = (slot, doc) => {
    if (slot.dataset.filled) return;
    slot.dataset.filled = '1';
    const article = slot.closest('article');
    const panel = doc.getElementById('model-' + slot.dataset.model).content.firstElementChild.cloneNode(true);
    const suffix = '-in-' + article.id;
    panel.querySelectorAll('[id]').forEach((el) => { el.id += suffix; });
    panel.querySelectorAll('[data-tips]').forEach((el) => {
      const ids = el.dataset.tips.split(' ').map((id) => id + suffix).join(' ');
      el.dataset.tips = ids; el.setAttribute('aria-describedby', ids);
    });
    const model = Object.fromEntries(panel.dataset.parts.split(' ').map((p) => p.split(':')));
    const cell = (state) => '<td>' + marks[state][0] + '<span class="visually-hidden"> ' + marks[state][1] + '</span></td>';
    const rows = Object.keys(partNames).map((part) => {
      const li = article.querySelector('.checklist li[data-part="' + part + '"]');
      const mine = li ? li.className : 'na';
      return '<tr><th scope="row">' + partNames[part] + '</th>' + cell(mine) + cell(model[part]) + '</tr>';
    }).join('');
    slot.innerHTML = '<div><h4>Parts: this reply and the model</h4><table class="compare-parts"><thead><tr><th scope="col">Part</th><th scope="col">Reply</th><th scope="col">Model</th></tr></thead><tbody>' + rows + '</tbody></table></div>';
    slot.append(panel);
  };
  const slots = $$('div.model[data-model]');
  if ('IntersectionObserver' in window) {
    const seen = new IntersectionObserver((entries) => entries.forEach((e) => { if (e.isIntersecting) { fillModel(e.target, document); seen.unobserve(e.target); } }), { rootMargin: '800px 0px' });
    slots.forEach((slot) => seen.observe(slot));
  } else slots.forEach((slot) => fillModel(slot, document));

  // Comments: kept in this browser, per report (its title and the replies it holds: every report opened from a file
  // shares one storage, and two cohorts' reports may share a title and file names); exported as JSON that report
  // --comments reads back.
  const store = 'replylint-comments:' + document.title + ':' + (document.body.dataset.report || '');
  const saved = () => { try { return JSON.parse(localStorage.getItem(store) || '[]'); } catch { return []; } };
  const render = (c, fromFile) => {
    const article = articles.find((a) => a.dataset.key === c.key);
    if (!article) return;
    const li = document.createElement('li');
    li.className = 'comment' + (fromFile ? ' from-file' : '');
    const about = c.finding ? (article.querySelector('[data-finding="' + CSS.escape(c.finding) + '"] strong') || {}).textContent : '';
    li.textContent = (about ? about + ': ' : '') + c.text;
    if (c.finding) li.dataset.finding = c.finding;
    article.querySelector('.comments ul').append(li);
  };
  saved().forEach((c) => render(c, false));
  // The form is made when asked for: two thousand forms made the page heavy.
  document.addEventListener('click', (e) => {
    const button = e.target instanceof Element ? e.target.closest('button.add-comment') : null;
    if (!button) return;
    const article = button.closest('article');
    const form = document.createElement('form');
    form.className = 'comment-form';
    const id = 'c-' + article.id;
    form.innerHTML = '<label>About <select name="about"><option value="">the whole reply</option></select></label> <label class="visually-hidden">Comment</label><textarea name="text"></textarea><button type="submit">Add comment</button>';
    // Options and ids from the page's data are set as text and properties, never as markup.
    $$('li.problem[data-finding]', article).forEach((li, j) => form.elements.about.append(new Option('finding ' + (j + 1) + ': ' + li.querySelector('strong').textContent, li.dataset.finding)));
    form.elements.text.id = id;
    form.querySelector('label.visually-hidden').htmlFor = id;
    form.elements.text.placeholder = 'Write a comment for ' + article.dataset.group;
    button.replaceWith(form);
    form.elements.text.focus();
  });
  document.addEventListener('submit', (e) => {
    const form = e.target.closest('form.comment-form');
    if (!form) return;
    e.preventDefault();
    const text = form.elements.text.value.trim();
    if (!text) return;
    const c = { key: form.closest('article').dataset.key, text, at: new Date().toISOString() };
    if (form.elements.about.value) c.finding = form.elements.about.value;
    localStorage.setItem(store, JSON.stringify([...saved(), c]));
    render(c, false);
    form.elements.text.value = '';
  });
  const download = (name, type, content) => {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([content], { type }));
    a.download = name;
    document.body.append(a); a.click(); a.remove();
  };
  const fileComments = () => JSON.parse($('#comments-data').textContent);
  $('#export-comments').addEventListener('click', () => {
    download('comments.json', 'application/json', JSON.stringify({ kind: 'replylint-comments', title: document.title, comments: [...fileComments(), ...saved()] }, null, 2));
  });

  // One trainee's page: this page with only their replies, their comments written in, and nothing else to run.
  $$('button.export').forEach((b) => b.addEventListener('click', () => {
    const group = b.dataset.group;
    const copy = document.documentElement.cloneNode(true);
    // The page handed back runs no script: its model answers are set in place now.
    copy.querySelectorAll('div.model[data-model]').forEach((slot) => { if (slot.closest('article').dataset.group === group) fillModel(slot, copy.ownerDocument === document ? { getElementById: (id) => copy.querySelector('#' + id) } : copy); });
    copy.querySelectorAll('article.reply').forEach((a) => { if (a.dataset.group !== group) a.remove(); else a.classList.remove('hidden'); });
    copy.querySelectorAll('#replies-table tbody tr').forEach((tr) => { if (tr.dataset.group !== group) tr.remove(); else tr.classList.remove('hidden'); });
    copy.querySelectorAll('#matrix tbody tr, #groups-table tbody tr, .progress-group').forEach((tr) => { if (tr.dataset.group !== group) tr.remove(); });
    copy.querySelectorAll('script, template, .controls, .comment-form, button.add-comment, button.export, #export-comments, #matrix tfoot, .tooltip, .cohort-only').forEach((el) => el.remove());
    const h1 = copy.querySelector('h1');
    h1.textContent = h1.textContent + ': ' + group;
    copy.querySelector('title').textContent = h1.textContent;
    download(group.replace(/[^A-Za-z0-9._-]+/g, '_') + '.html', 'text/html', '<!doctype html>\\n' + copy.outerHTML);
  }));
})();
`;

const pct = (right: number, of: number): number => Math.round((right / of) * 100);
const band = (share: number): string => (share >= 85 ? 'good' : share >= 60 ? 'fair' : 'poor');
const arrow = (now: number, before: number): string => (now > before ? '↑' : now < before ? '↓' : '→');
const trend = (now: number, before: number): string => (now > before ? 'up' : now < before ? 'down' : 'same');

interface Tally {
  right: number;
  of: number;
}

function tally(replies: ReadonlyArray<{ skills: Map<string, boolean> | Record<string, boolean> }>, skill: string): Tally {
  let right = 0;
  let of = 0;
  for (const r of replies) {
    const value = r.skills instanceof Map ? r.skills.get(skill) : r.skills[skill];
    if (value === undefined) continue;
    of++;
    if (value) right++;
  }
  return { right, of };
}

export interface ReportExtras {
  /** An earlier run's JSON, for the progress since. */
  previous?: SavedReport;
  /** Model answers by scenario (file name). */
  models?: ReadonlyMap<string, ReportReply>;
  /** Comments read back from an exported file. */
  comments?: readonly Comment[];
  /** Files that could not be read (binary, invalid UTF-8, unreadable), each "file: the problem": named, so a trainee's reply is never dropped unseen. */
  unread?: readonly string[];
}

function matrixCell(tallyNow: Tally, before: Tally | undefined, group: string | undefined, skill: Skill, label: string): string {
  if (tallyNow.of === 0) return `<td class="band-none" data-value="-1">—<span class="visually-hidden">: not judged</span></td>`;
  const share = pct(tallyNow.right, tallyNow.of);
  const missed = tallyNow.of - tallyNow.right;
  const figure = `${share}%`;
  const title = `${label}: ${tallyNow.right} of ${tallyNow.of} replies right`;
  const body = missed > 0 && group !== undefined ? `<a href="#replies-heading" data-group="${escape(group)}" data-skill="${escape(skill.id)}" title="${escape(title)}; show the ${missed} that missed it">${figure}</a>` : `<span title="${escape(title)}">${figure}</span>`;
  let delta = '';
  if (before && before.of > 0) {
    const was = pct(before.right, before.of);
    delta = was === share ? `<span class="delta same">unchanged<span class="visually-hidden"> since the earlier run</span></span>` : `<span class="delta ${trend(share, was)}"><span aria-hidden="true">${arrow(share, was)}</span> ${was}% → ${share}%<span class="visually-hidden"> since the earlier run</span></span>`;
  }
  return `<td class="band-${band(share)}" data-value="${share}">${body}${delta}</td>`;
}

/** What tells one report's comments from another's in the browser's storage: its title and its replies, hashed. */
function reportId(title: string, replies: readonly ReportReply[]): string {
  const hash = createHash('sha256').update(title);
  for (const r of replies) hash.update(`\0${r.key}\0${r.text}`);
  return hash.digest('hex').slice(0, 16);
}

export function renderReport(replies: readonly ReportReply[], title = 'replylint report', extras: ReportExtras = {}): string {
  const { previous, models, comments = [], unread = [] } = extras;
  const total = replies.length;
  // Replies in a language replylint has no rules for yet, and empty ones, are shown, but not scored or averaged.
  const scoredReplies = replies.filter((r) => r.scored);
  const mean = (list: readonly ReportReply[]): number => (list.length === 0 ? NaN : list.reduce((n, r) => n + r.score.score, 0) / list.length);
  const average = scoredReplies.length === 0 ? 0 : mean(scoredReplies);
  const problemCount = replies.reduce((n, r) => n + r.messages.length, 0);
  const byRule = new Map<string, number>();
  for (const r of replies) for (const m of r.messages) byRule.set(m.ruleId, (byRule.get(m.ruleId) ?? 0) + 1);
  const maxRule = Math.max(1, ...byRule.values());
  const groups = [...new Set(replies.map((r) => r.group))].sort();
  const skills = skillsOf(replies);
  const judgedReplies = replies.map((r) => ({ reply: r, skills: judged(r, skills) }));
  const previousByKey = new Map((previous?.replies ?? []).map((r) => [r.key, r]));
  // "Clean" is no problems and full marks; a reply with no problems can still lack a part it needs.
  const clean = scoredReplies.filter((r) => r.messages.length === 0 && r.score.score === 100).length;
  const noProblemsShort = scoredReplies.filter((r) => r.messages.length === 0 && r.score.score < 100).length;
  const notScored = replies.filter((r) => !r.scored);

  const chart = rules
    .filter((rule) => byRule.has(rule.meta.id))
    .sort((a, b) => byRule.get(b.meta.id)! - byRule.get(a.meta.id)!)
    .map((rule) => {
      const id = rule.meta.id;
      const count = byRule.get(id)!;
      return `<li><button type="button" data-rule="${id}" title="${id}" aria-label="Show the replies with “${escape(ruleName(id))}” (${id})">${escape(ruleName(id))}</button><div class="bar rule-${ruleIndex.get(id)}" style="width:${((count / maxRule) * 100).toFixed(1)}%" role="img" aria-label="${count} reports"></div><span class="num">${count}</span></li>`;
    })
    .join('');

  const groupRows = groups
    .map((g) => {
      const members = replies.filter((r) => r.group === g);
      const avg = mean(members.filter((r) => r.scored));
      const count = members.reduce((n, r) => n + r.messages.length, 0);
      const top = [...members.flatMap((r) => r.messages.map((m) => m.ruleId)).reduce((acc, id) => acc.set(id, (acc.get(id) ?? 0) + 1), new Map<string, number>())].sort((a, b) => b[1] - a[1])[0];
      let change = '';
      if (previous) {
        const before = previous.replies.filter((r) => r.group === g && r.scored);
        const was = before.length === 0 ? NaN : before.reduce((n, r) => n + r.score, 0) / before.length;
        const [a, w] = [avg.toFixed(1), was.toFixed(1)];
        change = `<td class="num">${Number.isNaN(was) || Number.isNaN(avg) ? '—' : a === w ? `<span class="delta same">unchanged (${a})</span>` : `<span class="delta ${trend(+a, +w)}"><span aria-hidden="true">${arrow(+a, +w)}</span> ${w} → ${a}</span>`}</td>`;
      }
      return `<tr data-group="${escape(g)}"><th scope="row"><a href="#r-${replies.indexOf(members[0]!)}">${escape(g)}</a></th><td class="num">${members.length}</td><td class="num">${Number.isNaN(avg) ? '—' : avg.toFixed(1)}</td>${change}<td class="num">${count}</td><td>${top ? `<span title="${escape(top[0])}">${escape(ruleName(top[0]))}</span> (${top[1]})` : '—'}</td><td class="cohort-only"><button type="button" class="export linklike" data-group="${escape(g)}">Export ${escape(g)}'s page</button></td></tr>`;
    })
    .join('\n');

  const matrixHead = skills.map((s) => `<th scope="col"${s.ruleId ? ` title="${escape(s.ruleId)}"` : ''}><button type="button">${escape(s.label)}</button></th>`).join('');
  const matrixRows = groups
    .map((g) => {
      const mine = judgedReplies.filter((r) => r.reply.group === g);
      const before = previous?.replies.filter((r) => r.group === g);
      const cells = skills.map((s) => matrixCell(tally(mine, s.id), before ? tally(before, s.id) : undefined, g, s, s.label)).join('');
      return `<tr data-group="${escape(g)}"><th scope="row">${escape(g)}</th>${cells}</tr>`;
    })
    .join('\n');
  const matrixFoot = `<tr><th scope="row">All trainees</th>${skills.map((s) => matrixCell(tally(judgedReplies, s.id), previous ? tally(previous.replies, s.id) : undefined, undefined, s, s.label)).join('')}</tr>`;

  let progress = '';
  if (previous) {
    const lines = groups
      .map((g) => {
        const changed = replies
          .filter((r) => r.group === g && r.scored)
          .flatMap((r) => {
            const was = previousByKey.get(r.key);
            return was && was.scored && was.score !== r.score.score ? [{ r, was: was.score, now: r.score.score }] : [];
          });
        const list = (items: typeof changed, heading: string): string =>
          items.length === 0 ? '' : `<h4>${heading}</h4><ul>${items.map(({ r, was, now }) => `<li><a href="#r-${replies.indexOf(r)}">${escape(r.key)}</a>: <span class="delta ${trend(now, was)}"><span aria-hidden="true">${arrow(now, was)}</span> ${was} → ${now}</span></li>`).join('')}</ul>`;
        const improved = changed.filter((c) => c.now > c.was).sort((a, b) => b.now - b.was - (a.now - a.was));
        const regressed = changed.filter((c) => c.now < c.was).sort((a, b) => a.now - a.was - (b.now - b.was));
        const body = list(improved, 'Improved') + list(regressed, 'Regressed');
        return `<div class="progress-group" data-group="${escape(g)}"><h3>${escape(g)}</h3>${body || '<p>No reply changed score.</p>'}</div>`;
      })
      .join('\n');
    progress = `<section aria-labelledby="progress-heading"><h2 id="progress-heading">Progress since the earlier run</h2><p>Compared with the report of ${escape(previous.created || 'an earlier run')} (${previous.replies.length} replies); the same reply is found by its path below the trainee's folder.</p>${lines}</section>`;
  }

  const replyRows = replies
    .map((r, i) => `<tr data-group="${escape(r.group)}"><td><a href="#r-${i}">${escape(r.name)}</a></td><td>${escape(r.group)}</td><td class="num">${r.scored ? r.score.score : '—'}</td><td class="num">${r.messages.length}</td></tr>`)
    .join('\n');

  const fileComments = new Map<string, Comment[]>();
  for (const c of comments) fileComments.set(c.key, [...(fileComments.get(c.key) ?? []), c]);

  const modelIndexes = new Map<ReportReply, number>();
  const modelIndex = (model: ReportReply): number => {
    let k = modelIndexes.get(model);
    if (k === undefined) modelIndexes.set(model, (k = modelIndexes.size));
    return k;
  };
  const articles = judgedReplies
    .map(({ reply: r, skills: judgedSkills }, i) => {
      const level = !r.scored ? 'unscored' : r.score.score >= 85 ? 'good' : r.score.score >= 60 ? 'fair' : 'poor';
      const badge = r.scored ? `<span class="score ${level}" aria-label="score ${r.score.score} out of 100">${r.score.score}/100</span>` : `<span class="score unscored">not scored</span>`;
      const why = r.score.notScored ?? `replylint has no rules for this reply's language (${r.language}) yet`;
      const side = r.scored ? `<h4>Checklist</h4>${checklist(r)}${pointsLostList(r)}` : `<h4>Checklist</h4><p>Not scored: ${escape(why)}.</p>`;
      const ruleList = [...new Set(r.messages.map((m) => m.ruleId))].join(' ');
      const missed = [...judgedSkills].filter(([, ok]) => !ok).map(([id]) => id).join(' ');
      const model = models?.get(r.scenario);
      // The model answer is written once per scenario (a template) and put beside each reply when it comes into view.
      const modelHtml = model ? `<div class="side-by-side model" data-model="${modelIndex(model)}"><p>Model answer: ${escape(model.name)}</p></div>` : '';
      const existing = (fileComments.get(r.key) ?? []).map((c) => `<li class="comment from-file"${c.finding ? ` data-finding="${escape(c.finding)}"` : ''}>${c.finding ? `${escape(ruleName(c.finding.split('@')[0] ?? ''))}: ` : ''}${escape(c.text)}</li>`).join('');
      return `<article class="reply" id="r-${i}" data-key="${escape(r.key)}" data-group="${escape(r.group)}" data-rules="${ruleList}" data-missed="${escape(missed)}" data-score="${r.scored ? r.score.score : 101}" data-problems="${r.messages.length}" data-name="${escape(r.name)}" aria-labelledby="h-${i}">
<header><h3 id="h-${i}">${escape(r.name)}</h3><span class="group">${escape(r.group)}</span>${badge}</header>
<div class="layout">
<div><pre class="text" dir="auto">${highlighted(r, `tip-${i}`)}</pre>${problems(r, `tip-${i}`, r.key)}</div>
<div class="side">${side}</div>
</div>
${modelHtml}
<div class="comments"><h4>Comments</h4><ul>${existing}</ul><button type="button" class="add-comment">Write a comment</button></div>
</article>`;
    })
    .join('\n');

  const ruleOptions = rules.filter((rule) => byRule.has(rule.meta.id)).map((rule) => `<option value="${rule.meta.id}">${escape(ruleName(rule.meta.id))} (${byRule.get(rule.meta.id)})</option>`).join('');
  const skillOptions = skills.map((s) => `<option value="${escape(s.id)}">${escape(s.label)}</option>`).join('');
  const sortOptions = rules.filter((rule) => byRule.has(rule.meta.id)).map((rule) => `<option value="${rule.meta.id}">most “${escape(ruleName(rule.meta.id))}”</option>`).join('');
  const modelNote = models ? `<p>Model answers: ${models.size} read, paired by file name with ${replies.filter((r) => models.has(r.scenario)).length} of ${total} replies; each is shown beside its reply with its own checklist and findings.</p>` : '';

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="replylint ${version}">
<title>${escape(title)}</title>
<style>${css}</style>
</head>
<body data-report="${reportId(title, replies)}">
<header>
<h1>${escape(title)}</h1>
<p>Replies reviewed against the customer-service guides replylint's rules come from. Hover or focus a highlight to read the problem, why it matters and the rewrite.</p>
</header>
<main>
<section aria-labelledby="summary">
<h2 id="summary">Summary</h2>
<div class="cohort-only">
<ul class="stats">
<li><strong id="stat-replies">${total}</strong> ${total === 1 ? 'reply' : 'replies'}</li>
<li><strong id="stat-average">${average.toFixed(1)}</strong> average score${scoredReplies.length < total ? ` (of ${scoredReplies.length} scored)` : ''}</li>
<li><strong id="stat-problems">${problemCount}</strong> ${problemCount === 1 ? 'problem' : 'problems'}</li>
<li><strong id="stat-clean">${clean}</strong> clean ${clean === 1 ? 'reply' : 'replies'}</li>
</ul>
<p id="clean-means">A clean reply has no problems and full marks.${noProblemsShort > 0 ? ` ${noProblemsShort} more ${noProblemsShort === 1 ? 'has' : 'have'} no problems but ${noProblemsShort === 1 ? 'lacks a part of the checklist it needs' : 'lack a part of the checklist they need'} (see “Points lost” beside each).` : ''}${notScored.length > 0 ? ` ${notScored.length} ${notScored.length === 1 ? 'is' : 'are'} not scored (${escape([...new Set(notScored.map((r) => r.score.notScored ?? 'language without rules'))].join('; '))}).` : ''}</p>
${modelNote}
${unread.length > 0 ? `<div id="unread" role="note"><p><strong>${unread.length} ${unread.length === 1 ? 'file' : 'files'} could not be read</strong> and ${unread.length === 1 ? 'is' : 'are'} not in this report:</p><ul>${unread.map((u) => `<li>${escape(u)}</li>`).join('')}</ul></div>` : ''}
<h3>Problems per rule</h3>
<ul class="chart">${chart || '<li>No problems.</li>'}</ul>
</div>
<h3>By group</h3>
<table id="groups-table"><caption class="visually-hidden">Replies, average score and problems per group</caption>
<thead><tr><th scope="col">Group</th><th scope="col" class="num">Replies</th><th scope="col" class="num">Average score</th>${previous ? '<th scope="col" class="num">Since the earlier run</th>' : ''}<th scope="col" class="num">Problems</th><th scope="col">Most frequent problem</th><th scope="col" class="cohort-only">Hand-back</th></tr></thead>
<tbody>${groupRows}</tbody></table>
</section>
<section aria-labelledby="matrix-heading">
<h2 id="matrix-heading">Skills by trainee</h2>
<p>Each cell is the share of a trainee's replies that got the skill right (a checklist part the reply needed and has; a rule it was not reported for). Green 85% and over, yellow 60% and over, red below. A column's heading sorts by it; a figure shows the replies that missed the skill.${previous ? ' Arrows give the change since the earlier run, with both figures.' : ''}</p>
<div class="matrix-wrap"><table id="matrix"><caption class="visually-hidden">Share of replies right, by trainee and skill</caption>
<thead><tr><th scope="col"><button type="button">Trainee</button></th>${matrixHead}</tr></thead>
<tbody>${matrixRows}</tbody>
<tfoot>${matrixFoot}</tfoot></table></div>
</section>
${progress}
<section aria-labelledby="replies-heading">
<h2 id="replies-heading">Replies</h2>
<div class="controls" id="controls">
<label for="filter-rule">Problem<select id="filter-rule"><option value="">All problems</option>${ruleOptions}</select></label>
<label for="filter-group">Group<select id="filter-group"><option value="">All groups</option>${groups.map((g) => `<option value="${escape(g)}">${escape(g)}</option>`).join('')}</select></label>
<label for="filter-skill">Missed skill<select id="filter-skill"><option value="">Any</option>${skillOptions}</select></label>
<label for="sort">Sort<select id="sort"><option value="name">by name</option><option value="score-asc">lowest score first</option><option value="score-desc">highest score first</option><option value="problems">most problems first</option>${sortOptions}</select></label>
<p id="shown" aria-live="polite">${total} of ${total} replies shown</p>
<button type="button" id="export-comments">Export comments (JSON)</button>
</div>
<table id="replies-table"><caption class="visually-hidden">Every reply with its group, score and number of problems</caption>
<thead><tr><th scope="col"><button type="button" data-sort="name">Reply</button></th><th scope="col">Group</th><th scope="col" class="num"><button type="button" data-sort="score-asc">Score</button></th><th scope="col" class="num"><button type="button" data-sort="problems">Problems</button></th></tr></thead>
<tbody>${replyRows}</tbody></table>
<div id="reply-list">
${articles}
</div>
</section>
<section aria-labelledby="rules-heading">
<h2 id="rules-heading">The rules, and why they matter</h2>
<dl class="rules">${rules
    .filter((rule) => byRule.has(rule.meta.id))
    .map((rule) => `<dt id="rule-${rule.meta.id}"><span class="rule-${ruleIndex.get(rule.meta.id)}">${escape(ruleName(rule.meta.id))}</span> <code>${rule.meta.id}</code></dt><dd><span class="note">${escape(rule.meta.note)}</span> <a href="${escape(ruleUrl(rule.meta.id))}">Rule documentation</a></dd>`)
    .join('\n')}</dl>
</section>
</main>
<footer>Made by replylint ${version}.</footer>
${[...modelIndexes].map(([model, k]) => `<template id="model-${k}">${modelPanel(model, k)}</template>`).join('\n')}
<script type="application/json" id="comments-data">${jsonInHtml(comments)}</script>
<script>${script}</script>
</body>
</html>
`;
}

/** JSON inside a script element: no "<" can close it early. */
const jsonInHtml = (value: unknown): string => JSON.stringify(value).replace(/</gu, '\\u003c');

/**
 * A model answer as it stands beside each reply of its scenario: its text with
 * its own findings, and the parts it has (which the page sets beside the
 * reply's own in a table).
 */
function modelPanel(model: ReportReply, k: number): string {
  const parts = checklistParts.map(({ part }) => `${part}:${stateOf(partDone(model.checklist, part))}`).join(' ');
  const findings = model.messages.length === 0 ? '<p class="clean">The model answer has no problems.</p>' : `<p><strong>The model answer has ${model.messages.length} problem${model.messages.length === 1 ? '' : 's'} of its own:</strong></p>${problems(model, `model-${k}`, undefined)}`;
  return `<div class="model-panel" data-parts="${parts}"><h4>Model answer <span class="score ${model.scored && model.score.score >= 85 ? 'good' : 'fair'}">${model.scored ? `${model.score.score}/100` : 'not scored'}</span></h4><pre class="text" dir="auto">${highlighted(model, `model-${k}`)}</pre>${findings}</div>`;
}

const stateOf = (done: boolean | undefined): string => (done === undefined ? 'na' : done ? 'ok' : 'missing');

/** The same scores as CSV, for spreadsheets. */
export function renderCsv(replies: readonly ReportReply[]): string {
  const cell = (value: string | number): string => {
    // A spreadsheet runs a text cell that starts like a formula: a quote before it keeps it text (file names and titles come from anyone).
    const text = typeof value === 'string' && /^[=+\-@\t\r]/u.test(value) ? `'${value}` : String(value);
    return /[",\n\r]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
  };
  const header = ['file', 'reply', 'group', 'score', 'problems', ...rules.map((r) => r.meta.id), ...checklistParts.map((p) => p.part)];
  const lines = replies.map((r) => {
    const counts = rules.map((rule) => r.messages.filter((m) => m.ruleId === rule.meta.id).length);
    const parts = checklistParts.map(({ part }) => (!r.checklist[part].expected ? 'n/a' : r.checklist[part].present ? 'yes' : 'no'));
    return [r.filePath, r.reply ?? '', r.group, r.scored ? r.score.score : '', r.messages.length, ...counts, ...parts].map(cell).join(',');
  });
  return `${[header.join(','), ...lines].join('\n')}\n`;
}

export { slug };
