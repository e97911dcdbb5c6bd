import { describe, expect, it } from 'vitest';
import { draftState, holdForDraft } from './draft.js';
import { lint } from './lint.js';

const unfinished = 'Hi Sam,\n\nThanks for writing in. I have looked at your order and';
const signed = 'Hi Sam,\n\nI have looked at your order and it left our warehouse today.\n\nBest,\nRachel';

describe('draftState', () => {
  it('holds whole-reply rules while the last paragraph is being typed', () => {
    expect(draftState(unfinished)).toEqual({ finished: false, reason: 'typing' });
  });
  it('a sign-off finishes the draft', () => {
    expect(draftState(signed)).toEqual({ finished: true, reason: 'sign-off' });
  });
  it('the first word of a paragraph being typed is not a sign-off, though it looks like a name', () => {
    for (const text of ['Hi Sam,\n\nYou', 'Hi Sam,\n\nI', 'Hi Sam,\n\nThanks for writing in.\n\nYour order and', 'Hi Sam,\n\nThe order shipped\n\nAna']) {
      expect(draftState(text, { editOffset: text.length - 1 }), text).toEqual({ finished: false, reason: 'typing' });
    }
    // A name below a finished sentence, or a closing line, does finish it.
    expect(draftState('Hi Sam,\n\nThe order shipped today.\n\nAna').reason).toBe('sign-off');
    expect(draftState('Hi Sam,\n\nThe order shipped today\n\nCheers,\nAna').reason).toBe('sign-off');
    // The closing with the name on its line is a closing line too, in either language.
    expect(draftState('Hi Sam,\n\nThe order shipped today\n\nBest, Ana')).toEqual({ finished: true, reason: 'sign-off' });
    expect(draftState('مرحبا ليلى،\n\nتم شحن طلبك اليوم\n\nمع التحية، نور')).toEqual({ finished: true, reason: 'sign-off' });
    // A new paragraph opening with a word and a comma is no sign-off: the structure does not take it for one.
    expect(draftState('Hi Sam,\n\nThe order shipped today\n\nAlso, you', { editOffset: 40 })).toEqual({ finished: false, reason: 'typing' });
  });
  it('saving finishes the draft', () => {
    expect(draftState(unfinished, { saved: true })).toEqual({ finished: true, reason: 'saved' });
  });
  it('idling past the threshold finishes the draft, not before', () => {
    expect(draftState(unfinished, { idleMs: 29_999 }).finished).toBe(false);
    expect(draftState(unfinished, { idleMs: 30_000 })).toEqual({ finished: true, reason: 'idle' });
    expect(draftState(unfinished, { idleMs: 1_000, idleAfterMs: 500 }).finished).toBe(true);
  });
  it('an idle threshold of 0 turns draft timing off', () => {
    expect(draftState(unfinished, { idleAfterMs: 0 })).toEqual({ finished: true, reason: 'timing-off' });
  });
  it('editing an earlier paragraph of a reply whose end is written counts as finished', () => {
    const text = 'Hi Sam,\n\nYour order shipped today.\n\nLet me know if anything else comes up.';
    expect(draftState(text, { editOffset: 12 }).reason).toBe('editing-earlier');
    expect(draftState(text, { editOffset: text.length }).finished).toBe(false);
  });
});

describe('holdForDraft', () => {
  it('holds exactly the whole-reply reports of an unfinished draft', () => {
    const messages = lint('Hi Sam,\n\nYou must restart the router and', { channel: 'email' });
    const ids = messages.map((m) => m.ruleId);
    expect(ids).toContain('no-negative-phrasing');
    expect(ids).toContain('require-closing-invitation');
    const { shown, held } = holdForDraft(messages, draftState('Hi Sam,\n\nYou must restart the router and'));
    expect(shown.map((m) => m.ruleId)).toContain('no-negative-phrasing');
    expect(shown.map((m) => m.ruleId)).not.toContain('require-closing-invitation');
    expect(held).toBe(messages.length - shown.length);
    expect(held).toBeGreaterThan(0);
  });
  it('shows everything once the draft is finished', () => {
    const messages = lint(unfinished);
    expect(holdForDraft(messages, { finished: true, reason: 'saved' }).shown).toHaveLength(messages.length);
  });
});
