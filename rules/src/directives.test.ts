import { describe, expect, it } from 'vitest';
import { fixAll, lint } from './index.js';

const watched = new Set(['no-negative-phrasing', 'no-overpromise']);
const ids = (text: string): string[] => lint(text).filter((m) => watched.has(m.ruleId)).map((m) => `${m.place.start.line} ${m.ruleId}`);
const reply = (body: string): string => `Hi Sam,\n\n${body}\n\nLet us know if you have any other questions.\n\nBest,\nAna`;

describe('inline suppressions', () => {
  it('disable-next-line silences one rule on the next line only', () => {
    const text = reply('<!-- replylint-disable-next-line no-negative-phrasing -->\nYou need to restart.\nYou need to log in.');
    expect(ids(text)).toEqual(['5 no-negative-phrasing']);
  });

  it('disable and enable bracket a region; without ids they cover every rule', () => {
    const text = reply('<!-- replylint-disable -->\nYou need to restart. It will arrive tomorrow.\n<!-- replylint-enable -->\nYou must log in.');
    expect(ids(text)).toEqual(['6 no-negative-phrasing']);
  });

  it('leaves other rules reporting', () => {
    const text = reply('<!-- replylint-disable no-overpromise -->\nYou need to restart. It will arrive tomorrow.');
    expect(ids(text)).toEqual(['4 no-negative-phrasing']);
  });

  it('reads Liquid and Handlebars comments too', () => {
    expect(ids(reply('{# replylint-disable-next-line #}\nYou need to restart.'))).toEqual([]);
    expect(ids(reply('{{!-- replylint-disable-next-line no-negative-phrasing --}}\nYou need to restart.'))).toEqual([]);
  });

  it('keeps positions exact around a directive', () => {
    const text = reply('<!-- replylint-disable no-overpromise --> You need to restart.');
    const m = lint(text).find((x) => x.ruleId === 'no-negative-phrasing')!;
    expect(text.slice(m.place.start.offset!, m.place.end.offset!)).toBe('You need to');
  });
});

describe('valid-suppression', () => {
  it('reports a rule id that does not exist, where it is written', () => {
    const text = reply('<!-- replylint-disable-next-line no-negativ-phrasing, no-overpromise -->\nYou need to restart.');
    const m = lint(text, { format: 'markdown' }).filter((x) => x.ruleId === 'valid-suppression');
    expect(m.map((x) => x.actual)).toEqual(['no-negativ-phrasing']);
    expect(text.slice(m[0]!.place.start.offset!, m[0]!.place.end.offset!)).toBe('no-negativ-phrasing');
  });
});

describe('unused disable directives (reportUnusedDisableDirectives)', () => {
  const unused = (text: string, severity: 'warn' | 'error' | 'off' = 'error') =>
    lint(text, { format: 'markdown', reportUnusedDisableDirectives: severity }).filter((m) => m.ruleId === 'valid-suppression');

  it('are not reported unless asked', () => {
    expect(lint(reply('<!-- replylint-disable-next-line no-overpromise -->\nThanks for waiting.'), { format: 'markdown' }).filter((m) => m.ruleId === 'valid-suppression')).toEqual([]);
  });

  it('reports a directive that silenced nothing, at the severity asked, and its fix removes its line', () => {
    const text = reply('<!-- replylint-disable-next-line no-overpromise -->\nThanks for waiting.');
    const [m, ...rest] = unused(text, 'warn');
    expect(rest).toEqual([]);
    expect(m!.severity).toBe('warn');
    expect(m!.place.start.line).toBe(3);
    expect(m!.actual).toBe('<!-- replylint-disable-next-line no-overpromise -->\n');
    expect(m!.expected).toEqual(['']);
    expect(m!.safe).toBe(true);
    expect(fixAll(text, { reportUnusedDisableDirectives: 'error' })).toBe(reply('Thanks for waiting.'));
  });

  it('leaves a directive that silenced its rule, by line or by region, and one without ids that silenced any rule', () => {
    expect(unused(reply('<!-- replylint-disable-next-line no-negative-phrasing -->\nYou need to restart.'))).toEqual([]);
    expect(unused(reply('<!-- replylint-disable no-overpromise -->\nIt will arrive tomorrow.\n<!-- replylint-enable -->'))).toEqual([]);
    expect(unused(reply('<!-- replylint-disable -->\nYou need to restart.\n<!-- replylint-enable -->'))).toEqual([]);
  });

  it('names, without a fix, each rule of a directive that silenced only some of them', () => {
    const m = unused(reply('<!-- replylint-disable-next-line no-negative-phrasing no-overpromise -->\nYou need to restart.'));
    expect(m.map((x) => [x.actual, x.expected])).toEqual([['no-overpromise', []]]);
  });

  it('reports a directive sharing its line with text without taking the text, and leaves unknown ids to valid-suppression', () => {
    const text = reply('Thanks for waiting. <!-- replylint-disable no-overpromise -->');
    expect(unused(text).map((m) => m.actual)).toEqual(['<!-- replylint-disable no-overpromise -->']);
    const typo = unused(reply('<!-- replylint-disable-next-line no-negative-phrasing no-such-rule -->\nYou need to restart.'), 'warn');
    expect(typo.map((m) => m.actual)).toEqual(['no-such-rule']);
    expect(typo[0]!.message).toContain('is not a replylint rule');
  });
});

