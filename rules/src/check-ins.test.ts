/**
 * Invitations worded as something else: a check-in on whether the trouble is still there, the door left open after a
 * condition with no comma, and where to bring more questions said as a fact. Each found on real replies the reader
 * took for a question, news or a step.
 */
import { describe, expect, it } from 'vitest';
import { report } from '../test/helpers.js';
import { readReply } from './index.js';

const id = 'require-closing-invitation';
const actsOf = (body: string) => readReply(`@sam ${body}`, { channel: 'social' }).body.map((s) => s.reading.acts);
const mail = (body: string) => `Hi Dana,\n\n${body}\n\nKind regards,\nSam`;

describe('English reader: invitations in other words', () => {
  it('reads a check-in on the trouble as the door left open, not as a question that moves the case', () => {
    expect(actsOf('Everything is looking good on our end now - are you still having this issue?')).toEqual([['invitation']]);
    expect(actsOf('Are you still seeing the error after the update?')).toEqual([['invitation']]);
    expect(actsOf('Is it working again?')).toEqual([['invitation']]);
    expect(actsOf('Has the problem cleared up since?')).toEqual([['invitation']]);
    // A question about the facts is still a question.
    expect(actsOf('Is it your first order with us?')).toEqual([['question']]);
    expect(actsOf('Are you still on the old plan?')).toEqual([['question']]);
  });

  it('reads "if there is anything …, we are here" as an invitation with or without its comma', () => {
    expect(actsOf('If there is anything we can assist you with we are here.')).toEqual([['invitation']]);
    expect(actsOf('If there is anything we can assist you with, we are here.')).toEqual([['invitation']]);
  });

  it('reads where to bring questions, said as a fact, as an invitation', () => {
    expect(actsOf('The forum is the best place to ask questions.')).toEqual([['invitation']]);
    expect(actsOf('The mailing list and IRC are great ways to get help.')).toEqual([['invitation']]);
    expect(actsOf('The forum is the best place for the download.')).not.toContainEqual(['invitation']);
  });

  it('require-closing-invitation: a closing check-in keeps the door open; a closing fact does not', () => {
    expect(report(id, mail("I've restarted the sync on your account. Are you still seeing the error?"))).toEqual([]);
    expect(report(id, mail("I've restarted the sync on your account. The error was on our side."))).toEqual([
      `3:42-3:68 require-closing-invitation "The error was on our side." → "The error was on our side.\\n\\nPlease reach out if anything else comes up."`,
    ]);
  });
});
