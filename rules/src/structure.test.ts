import { describe, expect, it } from 'vitest';
import { ReplyContext, analyzeStructure } from './index.js';
import { SpansInOrder, isWhiteSpace } from './structure.js';

const part = (text: string, range: { start: number; end: number } | undefined): string | undefined => (range ? text.slice(range.start, range.end) : undefined);

describe('reply structure', () => {
  it('finds greeting, body and sign-off in an email', () => {
    const text = 'Hi Geraldine,\n\nI sent a replacement.\n\nThanks for your patience.\n\nThanks,\nRachel\n';
    const s = analyzeStructure(text);
    expect(part(text, s.greeting)).toBe('Hi Geraldine,');
    expect(part(text, s.body)).toBe('I sent a replacement.\n\nThanks for your patience.');
    expect(part(text, s.signOff)).toBe('Thanks,\nRachel');
    expect(s.paragraphs.map((p) => part(text, p))).toEqual(['I sent a replacement.', 'Thanks for your patience.']);
  });

  it.each([
    ['Best regards,\nThe Acme Support Team', 'Best regards,\nThe Acme Support Team'],
    ['{{agent.name}}', '{{agent.name}}'],
    ['Cheers, Tom', 'Cheers, Tom'],
    ['Kind regards\nPriya Shah\nCustomer Care', 'Kind regards\nPriya Shah\nCustomer Care'],
    ['[Your Name]', '[Your Name]'],
    ['<#include "footer.ftl">', '<#include "footer.ftl">'],
  ])('finds the sign-off %j', (signOff, expected) => {
    const text = `Hello Sam,\n\nYour refund is on its way.\n\n${signOff}`;
    expect(part(text, analyzeStructure(text).signOff)).toBe(expected);
  });

  it('finds a tweet signature and leading mentions', () => {
    const text = '@acme @sam Sorry to hear that! Please DM us your order number. ^MM';
    const s = analyzeStructure(text);
    expect(part(text, s.greeting)).toBe('@acme @sam ');
    expect(part(text, s.signOff)).toBe('^MM');
    expect(part(text, s.body)).toBe('Sorry to hear that! Please DM us your order number.');
  });

  it('takes a first name alone after the last sentence of a tweet for its signature, not a closing word', () => {
    const text = '@338882 Apologies for the problems this has caused. Lewis';
    expect(part(text, analyzeStructure(text).signOff)).toBe('Lewis');
    expect(part(text, analyzeStructure(text).body)).toBe('Apologies for the problems this has caused.');
    for (const plain of ['@338882 Your refund is on its way. Enjoy', '@338882 That is all sorted now. Thanks', '@338882 Please restart the app and try again']) {
      expect(analyzeStructure(plain).signOff, plain).toBeUndefined();
    }
  });

  it('takes initials after a slash, in lower case after a dash, or in capitals after the last sentence for a tweet signature', () => {
    const cases: Array<[string, string]> = [
      ['@807621 Everything is looking good on our end now - are you still having this issue? /FR', '/FR'],
      ['@user Were there any changes made before the issue happened? –jeh', '–jeh'],
      ['@367320 Line check shows you have invited guest sharing data with you. UO', 'UO'],
      ['@788266 Your issue has been discussed and communicated. Regards Dinesh.', 'Regards Dinesh.'],
    ];
    for (const [text, expected] of cases) expect(part(text, analyzeStructure(text).signOff), text).toBe(expected);
    // A short word in capitals that ends the text on its own, a path, or a dash inside a sentence are not initials.
    for (const plain of ['@338882 Your order ships from the US. FAQ', '@338882 Open the folder /tmp', '@338882 It is the best plan - by far', '@338882 Is that OK']) {
      expect(analyzeStructure(plain).signOff, plain).toBeUndefined();
    }
  });

  it('takes a name with a full stop under a closing phrase for the signature', () => {
    const text = '@311738 Please clear the cache from your handset. \nRegards,\nDarshan.';
    expect(part(text, analyzeStructure(text).signOff)).toBe('Regards,\nDarshan.');
    // Without the closing phrase above it, a capitalised word and a stop is the body's last sentence.
    const plain = 'Hi Sam,\n\nYour refund is on its way.\n\nEnjoy.';
    expect(analyzeStructure(plain).signOff).toBeUndefined();
  });

  it('treats > lines and an "On … wrote:" trail as quoted', () => {
    const text = 'Hi Sam,\n\n> I cannot log in.\n\nI reset it.\n\nBest,\nAna\n\nOn Mon, 3 Jun 2024 at 10:00, Sam <sam@example.com> wrote:\n> Help';
    const s = analyzeStructure(text);
    expect(s.quoted.map((q) => part(text, q))[0]).toBe('> I cannot log in.');
    expect(part(text, s.signOff)).toBe('Best,\nAna');
    expect(s.paragraphs.map((p) => part(text, p))).toEqual(['I reset it.']);
  });

  it('does not mistake a last sentence for a sign-off', () => {
    const text = 'Hi Sam,\n\nI reset it. Let me know if that helps.';
    expect(analyzeStructure(text).signOff).toBeUndefined();
  });
});

describe('isWhiteSpace', () => {
  it('agrees with \\s on every UTF-16 code unit', () => {
    const disagree: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isWhiteSpace(code) !== /\s/u.test(String.fromCharCode(code))) disagree.push(code.toString(16));
    }
    expect(disagree).toEqual([]);
  });
});

describe('sentences', () => {
  const sentencesOf = (text: string): string[] => new ReplyContext(text, 'chat', false, text, 'en').sentences.map((s) => s.text);

  it('ends a sentence at "in." before a capitalised word, which parse-english reads as inches', () => {
    expect(sentencesOf('Thanks for writing in. We have refunded the order.')).toEqual(['Thanks for writing in.', 'We have refunded the order.']);
    expect(sentencesOf('Log IN. Then open the app.')).toEqual(['Log IN.', 'Then open the app.']);
    expect(sentencesOf('In. Then open the app.')).toEqual(['In.', 'Then open the app.']);
  });

  it('leaves "in." alone inside a longer word, and before a lower-case word', () => {
    expect(sentencesOf('It is 12 in. wide and fits.')).toEqual(['It is 12 in. wide and fits.']);
    expect(sentencesOf('We checked the bin. Then we wrote back.')).toEqual(['We checked the bin.', 'Then we wrote back.']);
  });

  it('ends a sentence at a number\'s full stop before the next sentence, in English and in Arabic', () => {
    expect(sentencesOf('Sorry about the wait at gate 2. The lounge fills up on weekends.')).toEqual(['Sorry about the wait at gate 2.', 'The lounge fills up on weekends.']);
    const arabic = (text: string): string[] => new ReplyContext(text, 'chat', false, text, 'ar').sentences.map((s) => s.text);
    expect(arabic('نأسف لما واجهته عند باب المبنى 2. الصالة تمتلئ في نهاية الأسبوع.')).toEqual(['نأسف لما واجهته عند باب المبنى 2.', 'الصالة تمتلئ في نهاية الأسبوع.']);
    expect(arabic('نأسف لما واجهته عند باب المبنى ٢. الصالة تمتلئ في نهاية الأسبوع.')).toEqual(['نأسف لما واجهته عند باب المبنى ٢.', 'الصالة تمتلئ في نهاية الأسبوع.']);
  });

  it('leaves a number\'s full stop alone in a list written inline, a decimal, and before a lower-case word', () => {
    expect(sentencesOf('To fix it: 1. Open the app 2. Tap Settings 3. Turn it off.')).toEqual(['To fix it: 1. Open the app 2. Tap Settings 3. Turn it off.']);
    expect(sentencesOf('The fee is 4.99 and it is refunded.')).toEqual(['The fee is 4.99 and it is refunded.']);
    expect(sentencesOf('Your table is number 12. and the rest follows.')).toEqual(['Your table is number 12. and the rest follows.']);
  });
});

describe('mentions before the greeting', () => {
  it('takes a handle with dots in it whole', () => {
    const text = '@rima.haddad sorry for the trouble, we are on it.';
    expect(part(text, analyzeStructure(text).greeting)).toBe('@rima.haddad ');
    const arabic = '@noura.k آسفين كتير على التأخير 🙏';
    expect(part(arabic, analyzeStructure(arabic).greeting)).toBe('@noura.k ');
    // A full stop after a handle ends it.
    const ended = '@sam. Thanks for waiting, it shipped.';
    expect(part(ended, analyzeStructure(ended).greeting)).toBe('@sam');
  });
});

describe('a heading above the greeting', () => {
  it('is not the greeting: the salutation below it is', () => {
    for (const text of ['  Re: order delay\n\nHi Grace,\n\nYour parcel left today.\n\nBest,\nAna', 'Subject: Your refund\nHi Grace,\n\nYour refund is on its way.\n\nBest,\nAna']) {
      const { greeting, body } = analyzeStructure(text);
      expect(text.slice(greeting!.start, greeting!.end)).toBe('Hi Grace,');
      expect(text.slice(body.start, body.end)).toMatch(/^Your /u);
    }
    // A first sentence is not a heading.
    const plain = 'Thanks for waiting.\n\nHi again, your parcel left today.';
    expect(analyzeStructure(plain).greeting).toBeUndefined();
  });
});

describe('SpansInOrder', () => {
  it('answers as asking every span would, for sentences asked in order, reports overlapping or not', () => {
    let seed = 12345;
    const random = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let round = 0; round < 200; round++) {
      const spans = Array.from({ length: random(12) }, () => {
        const start = random(200);
        return { start, end: start + 1 + random(40) };
      });
      const ask = new SpansInOrder(spans);
      for (let start = random(10); start < 260; ) {
        const end = start + 1 + random(30);
        expect(ask.overlaps(start, end)).toBe(spans.some((s) => s.start < end && s.end > start));
        expect(ask.within(start, end)).toBe(spans.some((s) => s.start >= start && s.end <= end));
        start = end + random(5);
      }
    }
  });
});

describe('a greeting that ends with a full stop, and a title line under the name', () => {
  it('ends the greeting at its full stop before the next sentence, not at the next comma', () => {
    const text = '@508391 Hi Gareth. As explained in our earlier reply, windscreen cover is an add-on. ^SF';
    const s = analyzeStructure(text);
    expect(part(text, s.greeting)).toBe('@508391 Hi Gareth.');
    expect(part(text, s.body)).toBe('As explained in our earlier reply, windscreen cover is an add-on.');
    // A title's full stop is inside the greeting.
    const formal = 'Hi Mr. Patel, thanks for writing.';
    expect(part(formal, analyzeStructure(formal).greeting)).toBe('Hi Mr. Patel,');
  });

  it('walks over a title and its company, joined by a comma, below the name', () => {
    const text = 'Dear Mr Patel,\n\nI have booked the car in for Tuesday.\n\nRegards,\nDaniel Hughes\nService Advisor, Northgate Kia';
    const s = analyzeStructure(text);
    expect(part(text, s.body)).toBe('I have booked the car in for Tuesday.');
    expect(part(text, s.signOff)).toBe('Regards,\nDaniel Hughes\nService Advisor, Northgate Kia');
  });
});
