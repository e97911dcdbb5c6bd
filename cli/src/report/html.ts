/**
 * The trainer's report: one self-contained HTML file (styles and script
 * inline, nothing fetched) with a summary of who needs help with what, and
 * every reply with its problems highlighted in place, its checklist and score.
 */
import { checklistParts, ruleUrl, rules, version } from '@replylint/rules';
import type { ReportReply } from './collect.js';

const escape = (text: string): string => text.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '') || 'group';

/** A colour per rule: light backgrounds that keep dark text readable (WCAG AA). */
const palette = ['#ffd6d6', '#ffe5b4', '#fff3a8', '#d8f5c8', '#c8f0ea', '#cfe6ff', '#dcd6ff', '#f5d2f0', '#e8e0d0', '#d0e8d0', '#f0d8c8', '#d8e0f0', '#e0f0c0'];
const ruleIndex = new Map(rules.map((rule, i) => [rule.meta.id, i]));

/**
 * The reply's text with each reported range wrapped in a focusable mark;
 * overlapping ranges split into segments. One sweep over the range ends, with
 * the ranges open at each segment kept as it goes: looking every report up
 * again for every segment took 30 s for a reply with 20,000 reports.
 */
function highlighted(reply: ReportReply, index: number): string {
  const text = reply.text;
  const marked = reply.messages.map((m, j) => ({ m, j })).filter(({ m }) => m.end > m.start);
  const bounds = new Set<number>([0, text.length]);
  for (const { m } of marked) {
    bounds.add(m.start);
    bounds.add(m.end);
  }
  const points = [...bounds].sort((a, b) => a - b);
  const byStart = [...marked].sort((a, b) => a.m.start - b.m.start || a.j - b.j);
  let next = 0;
  let open: typeof marked = [];
  let html = '';
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
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
    const ids = open.map(({ j }) => `tip-${index}-${j}`).join(' ');
    const label = open.map(({ m }) => m.ruleId).join(', ');
    html += `<mark class="hl rule-${ruleIndex.get(first.ruleId) ?? 0}" tabindex="0" data-tips="${ids}" aria-describedby="${ids}" title="${escape(label)}">${chunk}</mark>`;
  }
  return html;
}

function checklist(reply: ReportReply): string {
  const items = checklistParts
    .filter(({ part }) => reply.checklist[part].expected)
    .map(({ part, label }) => {
      const item = reply.checklist[part];
      const ok = part === 'apology' ? item.present && reply.checklist.apology.specific : item.present;
      return `<li class="${ok ? 'ok' : 'missing'}"><span aria-hidden="true">${ok ? '✓' : '✗'}</span> ${escape(label)}<span class="visually-hidden">: ${ok ? 'present' : 'missing'}</span></li>`;
    });
  return `<ul class="checklist">${items.join('')}</ul>`;
}

function problems(reply: ReportReply, index: number): string {
  if (reply.messages.length === 0) return '<p class="clean">No problems found.</p>';
  const items = reply.messages.map((m, j) => {
    const rewrites = m.expected.length > 0 ? `<p class="rewrite">Rewrite: ${m.expected.map((e) => `<q>${e === '' ? '(delete)' : escape(e)}</q>`).join(' or ')}</p>` : '<p class="rewrite">Only the writer knows the right words here.</p>';
    return `<li id="tip-${index}-${j}" class="problem rule-${ruleIndex.get(m.ruleId) ?? 0}">
<p><strong>${escape(m.ruleId)}</strong> <span class="where">line ${m.line}</span> · ${escape(m.reason)}</p>
<p class="quote">“${escape(m.actual)}”</p>
${rewrites}
<p class="why"><a href="#rule-${escape(m.ruleId)}" data-rule="${escape(m.ruleId)}">Why this matters</a></p>
</li>`;
  });
  return `<ol class="problems">${items.join('\n')}</ol>`;
}

const css = `
:root { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans Arabic", sans-serif; color: #1a1a1a; background: #fff; }
body { margin: 0 auto; max-width: 1100px; padding: 1rem 1.5rem 4rem; line-height: 1.45; }
h1 { font-size: 1.6rem; margin: .5rem 0; } h2 { font-size: 1.25rem; margin-top: 2rem; } h3 { font-size: 1.05rem; margin: 0; }
.stats { display: flex; gap: 1rem; flex-wrap: wrap; padding: 0; list-style: none; }
.stats li { border: 1px solid #bbb; border-radius: 8px; padding: .5rem 1rem; min-width: 9rem; }
.stats strong { display: block; font-size: 1.6rem; }
.chart { list-style: none; padding: 0; }
.chart li { display: grid; grid-template-columns: 16rem 1fr 3rem; align-items: center; gap: .5rem; margin: .2rem 0; }
.chart button { text-align: left; background: none; border: 0; padding: .2rem; font: inherit; color: #0645ad; text-decoration: underline; cursor: pointer; }
.bar { height: 1.1rem; border: 1px solid #555; min-width: 2px; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { border-bottom: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th button { font: inherit; font-weight: bold; background: none; border: 0; padding: 0; cursor: pointer; color: inherit; }
td.num, th.num { text-align: right; }
.controls { display: flex; gap: 1.5rem; flex-wrap: wrap; align-items: end; padding: .75rem; background: #f2f2f2; border-radius: 8px; position: sticky; top: 0; z-index: 2; }
.controls label { display: flex; flex-direction: column; font-size: .9rem; }
select { font: inherit; padding: .2rem; }
article.reply { border: 1px solid #bbb; border-radius: 8px; padding: 1rem; margin: 1.2rem 0; content-visibility: auto; contain-intrinsic-size: auto 32rem; }
.rules dt { font-weight: bold; margin-top: .6rem; } .rules dd { margin-left: 0; }
article.reply header { display: flex; justify-content: space-between; gap: 1rem; align-items: baseline; flex-wrap: wrap; }
.score { font-weight: bold; font-size: 1.2rem; padding: .1rem .6rem; border-radius: 1rem; border: 2px solid currentColor; }
.score.unscored { color: #555; font-size: 1rem; } .score.good { color: #0b6b2a; } .score.fair { color: #7a4f00; } .score.poor { color: #a4161a; }
.layout { display: grid; grid-template-columns: 1fr 16rem; gap: 1rem; }
.text { white-space: pre-wrap; unicode-bidi: plaintext; font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .92rem; background: #fafafa; border: 1px solid #ddd; padding: .75rem; border-radius: 6px; margin: 0; overflow-wrap: anywhere; }
mark.hl { color: inherit; border-bottom: 2px solid #333; border-radius: 2px; cursor: help; }
mark.hl:focus { outline: 3px solid #0645ad; outline-offset: 1px; }
.checklist { list-style: none; padding: 0; margin: 0; font-size: .92rem; }
.checklist .ok span { color: #0b6b2a; } .checklist .missing { color: #a4161a; }
.problems { padding-left: 1.2rem; font-size: .92rem; }
.problem { border-left: 6px solid transparent; padding: .1rem .5rem; margin: .4rem 0; }
.problem p { margin: .15rem 0; } .quote { font-style: italic; unicode-bidi: plaintext; } .why { color: #333; }
.tooltip { position: absolute; z-index: 10; max-width: 30rem; background: #fff; border: 2px solid #333; border-radius: 8px; padding: .5rem .75rem; box-shadow: 0 4px 16px rgba(0,0,0,.25); font-size: .9rem; }
.tooltip[hidden] { display: none; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.hidden { display: none !important; }
footer { margin-top: 3rem; color: #555; font-size: .85rem; }
@media (max-width: 800px) { .layout { grid-template-columns: 1fr; } .chart li { grid-template-columns: 10rem 1fr 3rem; } }
@media print {
  article.reply { content-visibility: visible; }
  .controls, .tooltip, .chart button { display: none !important; }
  body { max-width: none; padding: 0; }
  article.reply { break-inside: avoid; }
  mark.hl { border-bottom: 2px solid #000; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .8em; }
}
${palette.map((colour, i) => `.rule-${i} { background: ${colour}; } .problem.rule-${i} { border-left-color: ${colour}; background: none; } .bar.rule-${i} { background: ${colour}; }`).join('\n')}
`;

/** Sorting, filtering and tooltips; the page works without it (everything is in the markup). */
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
      const note = document.querySelector('#rule-' + item.querySelector('[data-rule]').dataset.rule + ' + dd .note');
      const copy = item.cloneNode(true);
      copy.querySelector('.why').remove();
      return copy.innerHTML + '<p class="why">' + note.innerHTML + '</p>';
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

  const ruleSelect = $('#filter-rule'), groupSelect = $('#filter-group'), sortSelect = $('#sort');
  const rows = $$('#replies-table tbody tr');
  const articles = $$('article.reply');
  const apply = () => {
    const rule = ruleSelect.value, group = groupSelect.value;
    let shown = 0;
    articles.forEach((a, i) => {
      const visible = (!rule || a.dataset.rules.split(' ').includes(rule)) && (!group || a.dataset.group === group);
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
  sortSelect.addEventListener('change', () => sortBy(sortSelect.value));
  $$('#replies-table th button').forEach((b) => b.addEventListener('click', () => { sortSelect.value = b.dataset.sort; sortBy(b.dataset.sort); }));
  $$('.chart button').forEach((b) => b.addEventListener('click', () => { ruleSelect.value = b.dataset.rule; apply(); $('#controls').scrollIntoView(); }));
})();
`;

export function renderReport(replies: readonly ReportReply[], title = 'replylint report'): string {
  const total = replies.length;
  // Replies in a language replylint has no rules for yet are shown, but not scored or averaged.
  const scoredReplies = replies.filter((r) => r.scored);
  const average = scoredReplies.length === 0 ? 0 : scoredReplies.reduce((n, r) => n + r.score.score, 0) / scoredReplies.length;
  const problemCount = replies.reduce((n, r) => n + r.messages.length, 0);
  const byRule = new Map<string, number>();
  for (const r of replies) for (const m of r.messages) byRule.set(m.ruleId, (byRule.get(m.ruleId) ?? 0) + 1);
  const maxRule = Math.max(1, ...byRule.values());
  const groups = [...new Set(replies.map((r) => r.group))].sort();

  const chart = rules
    .filter((rule) => byRule.has(rule.meta.id))
    .sort((a, b) => byRule.get(b.meta.id)! - byRule.get(a.meta.id)!)
    .map((rule) => {
      const count = byRule.get(rule.meta.id)!;
      return `<li><button type="button" data-rule="${rule.meta.id}" aria-label="Show the replies with ${rule.meta.id}">${rule.meta.id}</button><div class="bar rule-${ruleIndex.get(rule.meta.id)}" style="width:${((count / maxRule) * 100).toFixed(1)}%" role="img" aria-label="${count} reports"></div><span class="num">${count}</span></li>`;
    })
    .join('');

  const groupRows = groups
    .map((g) => {
      const members = replies.filter((r) => r.group === g);
      const scoredMembers = members.filter((r) => r.scored);
      const avg = scoredMembers.length === 0 ? NaN : scoredMembers.reduce((n, r) => n + r.score.score, 0) / scoredMembers.length;
      const count = members.reduce((n, r) => n + r.messages.length, 0);
      const top = [...members.flatMap((r) => r.messages.map((m) => m.ruleId)).reduce((acc, id) => acc.set(id, (acc.get(id) ?? 0) + 1), new Map<string, number>())].sort((a, b) => b[1] - a[1])[0];
      return `<tr><th scope="row"><a href="#r-${replies.indexOf(members[0]!)}">${escape(g)}</a></th><td class="num">${members.length}</td><td class="num">${Number.isNaN(avg) ? '—' : avg.toFixed(1)}</td><td class="num">${count}</td><td>${top ? `${escape(top[0])} (${top[1]})` : '—'}</td></tr>`;
    })
    .join('\n');

  const replyRows = replies
    .map((r, i) => `<tr><td><a href="#r-${i}">${escape(r.name)}</a></td><td>${escape(r.group)}</td><td class="num">${r.scored ? r.score.score : '—'}</td><td class="num">${r.messages.length}</td></tr>`)
    .join('\n');

  const articles = replies
    .map((r, i) => {
      const level = !r.scored ? 'unscored' : r.score.score >= 85 ? 'good' : r.score.score >= 60 ? 'fair' : 'poor';
      const badge = r.scored
        ? `<span class="score ${level}" aria-label="score ${r.score.score} out of 100">${r.score.score}/100</span>`
        : `<span class="score unscored">not scored</span>`;
      const side = r.scored ? `<h4>Checklist</h4>${checklist(r)}` : `<h4>Checklist</h4><p>replylint has no rules for this reply's language (${escape(r.language)}) yet, so it is not checked or scored.</p>`;
      const ruleList = r.messages.map((m) => m.ruleId).join(' ');
      return `<article class="reply" id="r-${i}" data-group="${escape(r.group)}" data-rules="${ruleList}" data-score="${r.scored ? r.score.score : 101}" data-problems="${r.messages.length}" data-name="${escape(r.name)}" aria-labelledby="h-${i}">
<header><h3 id="h-${i}">${escape(r.name)}</h3><span class="group">${escape(r.group)}</span>${badge}</header>
<div class="layout">
<div><pre class="text" dir="auto">${highlighted(r, i)}</pre>${problems(r, i)}</div>
<aside aria-label="Checklist for ${escape(r.name)}">${side}</aside>
</div>
</article>`;
    })
    .join('\n');

  const ruleOptions = rules.filter((rule) => byRule.has(rule.meta.id)).map((rule) => `<option value="${rule.meta.id}">${rule.meta.id} (${byRule.get(rule.meta.id)})</option>`).join('');
  const sortOptions = rules.filter((rule) => byRule.has(rule.meta.id)).map((rule) => `<option value="${rule.meta.id}">most ${rule.meta.id}</option>`).join('');

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="replylint ${version}">
<title>${escape(title)}</title>
<style>${css}</style>
</head>
<body>
<header>
<h1>${escape(title)}</h1>
<p>Replies reviewed against the customer-service guides replylint's rules come from. Hover or focus a highlight to read the problem, why it matters and the rewrite.</p>
</header>
<main>
<section aria-labelledby="summary">
<h2 id="summary">Summary</h2>
<ul class="stats">
<li><strong id="stat-replies">${total}</strong> replies</li>
<li><strong id="stat-average">${average.toFixed(1)}</strong> average score${scoredReplies.length < total ? ` (of ${scoredReplies.length} scored)` : ''}</li>
<li><strong id="stat-problems">${problemCount}</strong> problems</li>
<li><strong id="stat-clean">${replies.filter((r) => r.messages.length === 0).length}</strong> clean replies</li>
</ul>
<h3>Problems per rule</h3>
<ul class="chart">${chart || '<li>No problems.</li>'}</ul>
<h3>By group</h3>
<table id="groups-table"><caption class="visually-hidden">Replies, average score and problems per group</caption>
<thead><tr><th scope="col">Group</th><th scope="col" class="num">Replies</th><th scope="col" class="num">Average score</th><th scope="col" class="num">Problems</th><th scope="col">Most frequent rule</th></tr></thead>
<tbody>${groupRows}</tbody></table>
</section>
<section aria-labelledby="replies-heading">
<h2 id="replies-heading">Replies</h2>
<div class="controls" id="controls">
<label for="filter-rule">Rule<select id="filter-rule"><option value="">All rules</option>${ruleOptions}</select></label>
<label for="filter-group">Group<select id="filter-group"><option value="">All groups</option>${groups.map((g) => `<option value="${escape(g)}">${escape(g)}</option>`).join('')}</select></label>
<label for="sort">Sort<select id="sort"><option value="name">by name</option><option value="score-asc">lowest score first</option><option value="score-desc">highest score first</option><option value="problems">most problems first</option>${sortOptions}</select></label>
<p id="shown" aria-live="polite">${total} of ${total} replies shown</p>
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
    .map((rule) => `<dt id="rule-${rule.meta.id}"><span class="rule-${ruleIndex.get(rule.meta.id)}">${rule.meta.id}</span></dt><dd><span class="note">${escape(rule.meta.note)}</span> <a href="${escape(ruleUrl(rule.meta.id))}">Rule documentation</a></dd>`)
    .join('\n')}</dl>
</section>
</main>
<footer>Made by replylint ${version}.</footer>
<script>${script}</script>
</body>
</html>
`;
}

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
