/**
 * Exact outputs that no test pinned until a sampled mutation run
 * (`npm run test:mutation:sample`) changed the code and every test still
 * passed: an unknown rule option accepted, the long-quote bound moved by one,
 * the burden phrase's rewrites emptied, a configured phrase's leading space
 * kept, the Arabic reader's agent and modality of a deed done, an Arabic
 * letter form no longer matched, the Arabic note of a rule emptied; and, in a
 * second sample, the English reader's condition lead-in, the masked carriage
 * returns of Markdown, the first written line of a greeting, and others below.
 */
import { describe, expect, it } from 'vitest';
import { draftState, holdForDraft, lint, proseOf, readReply } from './index.js';
import { normalisePhrase } from './literal-matcher.js';
import { plainPhrase } from './arabic.js';

describe('rule options', () => {
  it('an option the rule does not have is a configuration error naming the rule and the option', () => {
    expect(() => lint('Hi Sam,\n\nThanks.\n\nBest,\nAna', { rules: { 'no-wall-of-text': ['warn', { maxParagraphWords: 100, bogus: 1 }] } })).toThrow('Rule "no-wall-of-text": unknown option "bogus"');
  });
});

describe('a rewrite that only adds to a long flagged sentence', () => {
  /** A reply whose last body sentence is `length` characters long, and the closing-invitation report on it. */
  const closing = (length: number) => {
    const opening = 'I have checked your order and it left our warehouse this morning';
    const sentence = `${opening}${' with the rest'.repeat(40)}`.slice(0, length - 1) + '.';
    const text = `Hi Sam,\n\n${sentence}\n\nBest,\nAna`;
    const message = lint(text).find((m) => m.ruleId === 'require-closing-invitation')!;
    return { sentence, text, message };
  };

  it('quotes the sentence up to 300 characters', () => {
    const { sentence, message } = closing(300);
    expect(message.actual).toBe(sentence);
    expect(message.expected[0]!.startsWith(sentence)).toBe(true);
  });

  it('past 300 characters offers the addition alone, at the sentence\'s end', () => {
    const { sentence, text, message } = closing(301);
    const end = text.indexOf(sentence) + sentence.length;
    expect(message.actual).toBe('');
    expect(message.place).toMatchObject({ start: { offset: end }, end: { offset: end } });
    expect(message.expected[0]).not.toContain(sentence);
    expect(message.expected[0]!.trim()).toMatch(/^Please reach out/);
  });
});

describe('no-negative-phrasing rewrites of a burden', () => {
  it('offers "Please", "Let\'s" and "The next step is to" for "You need to"', () => {
    const message = lint('Hi Sam,\n\nYou need to restart the router.\n\nLet me know if that helps.\n\nBest,\nAna').find((m) => m.ruleId === 'no-negative-phrasing')!;
    expect(message.actual).toBe('You need to');
    expect(message.expected).toEqual(['Please', "Let's", 'The next step is to']);
  });
});

describe('configured phrases', () => {
  it('are read without the white space at either end, and with each run of it as one space', () => {
    expect(normalisePhrase('  thank \t you  ')).toEqual(normalisePhrase('thank you'));
  });
});

describe('the Arabic reader', () => {
  const sentence = (text: string) => readReply(`مرحبا ليلى،\n\n${text}\n\nمع التحية،\nنور`).sentences[1]!;

  it('reads the writer\'s deed as done by the writer, in the past', () => {
    const { act, reading } = sentence('أرسلنا لك رابط الاسترداد على بريدك.');
    expect(act).toBe('action');
    expect(reading.agent).toBe('writer');
    expect(reading.modality).toBe('past');
  });

  it('reads what a courier will bring as a third party\'s outcome, and the writer\'s promise as the writer\'s', () => {
    expect(sentence('سيصلك الطرد يوم الخميس.').reading.agent).toBe('third');
    expect(sentence('سأرسل لك رابط التتبع اليوم.').reading.agent).toBe('writer');
  });

  it('matches hamza on a seat of yaa in each of its written forms', () => {
    // «أي أسئلة» alone makes this sentence an invitation, however the hamza is written.
    expect(sentence('وصلتنا رسالتك، وسنرد خلال يومين.').reading.acts).not.toContain('invitation');
    for (const questions of ['أسئلة', 'أسيلة', 'أسىلة']) {
      expect(sentence(`وصلتنا رسالتك، وسنرد على أي ${questions} خلال يومين.`).reading.acts).toContain('invitation');
    }
  });
});

describe('the Arabic note of a rule', () => {
  it('is the rule\'s own Arabic explanation, with its source', () => {
    const message = lint(`مرحبا ليلى،\n\nأعتقد أن المشكلة من الخادم، لكنني لست متأكدًا.\n\nمع التحية،\nنور`).find((m) => m.ruleId === 'no-uncertain-expertise');
    expect(message).toBeDefined();
    expect(message!.note).toContain('يجب أن يشعر العميل بأنه يتعامل مع محترف كفء');
  });
});

describe('the English reader', () => {
  const sentence = (text: string) => readReply(`Hi Sam,\n\n${text}\n\nBest,\nAna`).sentences[1]!;

  it('reads a lead-in that is only a condition, ending in a colon, as opening the steps after it', () => {
    expect(sentence("If that doesn't work:").reading.acts).toEqual(['step']);
    expect(sentence("If that doesn't work").reading.acts).toEqual(['news']);
  });

  it('does not read a label, a finding or a condition followed by a fact as a lead-in', () => {
    expect(sentence('Details:').reading.acts).toEqual(['news']);
    expect(sentence('Here is what I found:').reading.acts).toEqual(['news']);
    expect(sentence('If you ordered before May, the terms were:').reading.acts).toEqual(['news']);
  });
});

describe('masked markup', () => {
  it('keeps carriage returns where it blanks Markdown out, so lines and offsets stay those of the file', () => {
    expect(proseOf('```\r\ncode\r\n```\r\nHi Sam,\r\n', 'markdown')).toBe('   \r\n    \r\n   \r\nHi Sam,\r\n');
  });
});

describe('the first written line', () => {
  it('is found past lines of white space, for "To whom it may concern"', () => {
    const text = '   \nTo whom it may concern,\n\nYour order shipped today.\n\nLet me know if you have questions.\n\nBest,\nAna';
    const message = lint(text).find((m) => m.ruleId === 'no-generic-greeting')!;
    expect(message.actual).toBe('To whom it may concern,');
    expect(message.place).toMatchObject({ start: { offset: 4 }, end: { offset: 27 } });
  });
});

describe('no-uncertain-expertise and what follows "not sure"', () => {
  const report = (body: string) => {
    const message = lint(`Hi Sam,\n\n${body} I will check.\n\nLet me know if you have questions.\n\nBest,\nAna`).find((m) => m.ruleId === 'no-uncertain-expertise')!;
    return [message.actual, message.expected];
  };

  it('takes "of" right after it, across any white space, into the report', () => {
    expect(report('I am not sure of the delivery date.')).toEqual(['I am not sure of', ['Let me confirm']]);
    expect(report('I am not sure  of the delivery date.')).toEqual(['I am not sure  of', ['Let me confirm']]);
  });

  it('leaves an "of" further on alone', () => {
    expect(report('I am not sure if the date is right of all.')).toEqual(['I am not sure', ['Let me confirm that for you:']]);
  });
});

describe('Arabic rewrites', () => {
  const message = (body: string, ruleId: string) => lint(`مرحبا سارة،\n\n${body}\n\nمع التحية،\nنور`).find((m) => m.ruleId === ruleId)!;

  it('offers «يُرجى» for «يجب عليك», safe to apply («دعنا إعادة …» would be no Arabic)', () => {
    const report = message('يجب عليك إعادة تشغيل الجهاز.', 'no-negative-phrasing');
    expect([report.actual, report.expected, report.safe]).toEqual(['يجب عليك', ['يُرجى'], true]);
  });

  it('hedges a delivery the writer does not control, as a fix safe to apply', () => {
    const report = message('سيتم توصيل الطلب غدا.', 'no-overpromise');
    expect([report.actual, report.expected, report.safe]).toEqual(['سيتم توصيل', ['من المتوقع أن يتم توصيل'], true]);
  });
});

describe('vague referents', () => {
  it('are reported inside a condition too: the customer must find "that menu" to act on it', () => {
    const text = 'Hi Sam,\n\nIf you cannot find that menu, restart the app and open Settings.\n\nLet me know if that helps.\n\nBest,\nAna';
    const message = lint(text).find((m) => m.ruleId === 'no-unclear-instructions')!;
    expect([message.actual, message.place.start.offset, message.place.end.offset]).toEqual(['that menu', 28, 37]);
  });
});

describe('a draft still being written', () => {
  it('holds back each of the four whole-reply rules, and nothing else', () => {
    const text = 'Dear customer,\n\nYour order was delayed and';
    const messages = lint(text);
    expect(messages.map((m) => m.ruleId).sort()).toEqual(['no-generic-greeting', 'require-closing-invitation', 'require-next-step', 'require-thanks']);
    expect(holdForDraft(messages, draftState(text))).toEqual({ shown: [], held: 4 });
  });
});

describe('a third sample\'s survivors', () => {
  it('an Arabic outcome others control, found by the reader, quotes its time with the rule\'s message and no rewrite', () => {
    const message = lint('مرحبا سارة،\n\nالمبلغ سيكون في حسابك غدًا.\n\nمع التحية،\nنور').find((m) => m.ruleId === 'no-overpromise')!;
    expect([message.actual, message.message, message.expected, message.place.start.offset, message.place.end.offset]).toEqual([
      'غدًا',
      '«غدًا» يلتزم بنتيجة أو وقت لا تتحكم فيه؛ صِف ما تتوقعه بدلًا من ذلك',
      [],
      35,
      39,
    ]);
  });

  it('a vague referent\'s message quotes it with its white space made single, and offers no rewrite', () => {
    const message = lint('Hi Sam,\n\nOpen that\n  menu and restart the app.\n\nLet me know if that helps.\n\nBest,\nAna').find((m) => m.ruleId === 'no-unclear-instructions')!;
    expect([message.actual, message.message, message.expected]).toEqual([
      'that\n  menu',
      '"that menu" is vague inside an instruction; name the exact page, button or setting',
      [],
    ]);
  });

  it('a configured Arabic phrase becomes a pattern with its metacharacters escaped and each space matching any white space', () => {
    expect(plainPhrase('رقم (الطلب) كم؟')).toBe('رقم\\s+\\(الطلب\\)\\s+كم؟');
    expect(new RegExp(plainPhrase('a.b c')).test('a.b \n c')).toBe(true);
    expect(new RegExp(plainPhrase('a.b c')).test('axb c')).toBe(false);
  });
});

describe('a fourth sample\'s survivors', () => {
  const body = (text: string, channel: 'email' | 'social' = 'email') =>
    readReply(channel === 'social' ? text : `Hi Sam,\n\n${text}\n\nBest,\nAna`, { channel }).sentences.filter((s) => s.sentence.region === 'body').map((s) => [s.sentence.text, s.reading.acts]);

  it('reads a request asked as a question as a step, past a greeting run into it, and a plain question as a question', () => {
    expect(body('Hi Sam could you send me the order number?', 'social')).toEqual([['Hi Sam could you send me the order number?', ['step']]]);
    expect(body('Would you mind sending a screenshot?')).toEqual([['Would you mind sending a screenshot?', ['step']]]);
    expect(body('Are you able to try another browser?')).toEqual([['Are you able to try another browser?', ['step']]]);
    expect(body('Please could you confirm the address?')).toEqual([['Please could you confirm the address?', ['step']]]);
    expect(body('Do you have the receipt?')).toEqual([['Do you have the receipt?', ['question']]]);
  });

  it('puts the team\'s own service level first in a hard time\'s rewrites, by what the sentence is about', () => {
    const levels = { refund: 'within 5 business days', shipping: 'in 2-4 working days', firstResponse: 'within one working day' };
    const rewrite = (sentence: string) =>
      lint(`Hi Sam,\n\n${sentence}\n\nBest,\nAna`, { rules: { 'no-overpromise': ['warn', { serviceLevels: levels }] } }).find((m) => m.actual.endsWith('within 24 hours'))!.expected;
    // The "will" that makes the time certain is hedged, with the team's own time in place of the one promised.
    expect(rewrite('Your refund will be processed within 24 hours.')).toEqual(['should be processed within 5 business days', 'should be processed within 24 hours']);
    expect(rewrite('Your parcel will be dispatched within 24 hours.')).toEqual(['should be dispatched in 2-4 working days', 'should be dispatched within 24 hours']);
    expect(rewrite('Our reply will reach you within 24 hours.')).toEqual(['should reach you within one working day', 'should reach you within 24 hours']);
    expect(rewrite('The update will be released within 24 hours.')).toEqual(['should be released within 24 hours']);

  });
});
