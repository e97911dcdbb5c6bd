import { describe, expect, it } from 'vitest';
import { lint } from './index.js';

/**
 * lint remembers the last resolution of its options (which rules run, at what severity): a run passes the same
 * options lint after lint. These tests change one option at a time between lints, so a resolution kept too long,
 * or a key that forgets an option, shows as the previous options' reports.
 */
const text = "Hi Sam,\n\nYou need to restart the router. Your package will arrive tomorrow.\n\nBest,\nAna";
const reports = (options: Parameters<typeof lint>[1]) => lint(text, options).map((m) => `${m.ruleId}:${m.severity}`);

const recommended = ['no-negative-phrasing:warn', 'require-thanks:warn', 'require-closing-invitation:warn', 'no-overpromise:warn'];
const strict = ['no-negative-phrasing:error', 'require-thanks:error', 'require-closing-invitation:error', 'no-overpromise:error'];

describe('the rules lint resolves from its options', () => {
  it('follow the preset from one lint to the next', () => {
    expect(reports({ preset: 'recommended' })).toEqual(recommended);
    expect(reports({ preset: 'strict' })).toEqual(strict);
    expect(reports({ preset: 'recommended' })).toEqual(recommended);
    expect(reports({})).toEqual(recommended);
    expect(reports({ preset: 'strict' })).toEqual(strict);
  });

  it('follow the rule settings from one lint to the next', () => {
    expect(reports({ rules: { 'no-overpromise': 'off' } })).toEqual(recommended.filter((r) => !r.startsWith('no-overpromise')));
    expect(reports({})).toEqual(recommended);
    expect(reports({ rules: { 'no-overpromise': 'error' } })).toEqual(recommended.map((r) => (r.startsWith('no-overpromise') ? 'no-overpromise:error' : r)));
  });

  it('follow the channel from one lint to the next (thanks and a closing invitation are asked of an email only)', () => {
    expect(reports({ channel: 'email' })).toEqual(recommended);
    expect(reports({ channel: 'chat' })).toEqual(['no-negative-phrasing:warn', 'no-overpromise:warn']);
    expect(reports({ channel: 'email' })).toEqual(recommended);
  });
});
