import { describe, expect, it } from 'vitest';
import { findPlaceholders } from '../placeholders.js';
import { email, fixed, only, report } from '../../test/helpers.js';
import { lint } from '../index.js';
import { readReply } from '../lint.js';

const id = 'no-unclear-instructions';

describe(id, () => {
  it('offers a numbered list for crammed steps', () => {
    expect(fixed(id, 'Go to Settings and then open Privacy and then clear your cookies.')).toBe(
      '1. Go to Settings.\n2. Open Privacy.\n3. Clear your cookies.',
    );
    expect(fixed(id, 'Thanks! Go to Settings, then open Privacy, then clear your cookies. Bye.')).toBe(
      // Inside a paragraph, set apart by blank lines, with no space left at either side.
      'Thanks!\n\n1. Go to Settings.\n2. Open Privacy.\n3. Clear your cookies.\n\nBye.',
    );
  });

  it('reports a step made light of once, with its particle ("Simply log in"), whichever check found it', () => {
    for (const [sentence, actual] of [
      ['Simply log in and reset it.', 'Simply log in'],
      ['Just sign in to see it.', 'Just sign in'],
      ['Simply log into your account.', 'Simply log into'],
    ]) {
      expect(only(id, email(sentence!)).map((m) => m.actual)).toEqual([actual]);
    }
  });

  it('for a technical reader, reports only steps chained in sequence, not a list joined by "and"', () => {
    const technical = { channel: 'chat' as const, rules: { 'no-unclear-instructions': ['warn', { audience: 'technical' }] as ['warn', { audience: string }] } };
    const crammed = (sentence: string, options = {}): number => only(id, email(sentence), options).filter((m) => /crammed/.test(m.reason)).length;
    const joined = 'Please open the app and choose your plan and confirm the payment.';
    const chained = 'Open the settings page, then click Billing, then choose a new plan.';
    expect(crammed(joined, technical)).toBe(0);
    expect(crammed(chained, technical)).toBe(1);
    // A customer gets the list for the chain too; steps joined with no word of sequence are followed as written (the
    // guideline's "and then" chain; held-back labels judged such lists clear).
    expect(crammed(chained)).toBe(1);
    expect(crammed(joined)).toBe(0);
  });

  it('keeps CRLF in the numbered list', () => {
    expect(fixed(id, 'Hi Sam,\r\n\r\nOpen the app and then tap Profile and then tap Log out.\r\n\r\nBest,\r\nAna')).toContain('1. Open the app.\r\n2. Tap Profile.\r\n3. Tap Log out.');
  });

  const invalid: Array<[string, string]> = [
    ['Just look it up.', 'Just look'],
    ['Just check your settings.', 'Just check'],
    ['Simply go there and change it.', 'Simply go'],
    ['Do the usual steps to reset it.', 'the usual steps'],
    ['Reset it the normal way.', 'the normal way'],
    ['Click the thing at the top.', 'the thing'],
    ['Open that page and sign in.', 'that page'],
    ['Please update the DNS settings.', '"DNS"'],
    ['You need to lower the TTL.', '"TTL"'],
    ['Log in, then open Billing, then download the invoice and send it to us.', 'Log in'],
    ['Restart the phone, then open the app, then sign in again.', 'Restart the phone'],
    // An apostrophe inside a word is no quoted name; a link in an earlier step of the sentence is not this step's.
    ["Simply reinstall the driver and you're good.", '"Simply reinstall"'],
    ['Are you able to go to https://example.com/photos and just verify the pictures are there?', '"just verify"'],
    // A link named as where to go, in a reply that holds none.
    ['Please go to our secure link so we can assist you.', '"our secure link"'],
    ['Please use the link to send the tracking number.', '"the link"'],
    ['Do it the way you did last time.', '"the way you did last time"'],
    ['Set up the printer like last time.', '"like last time"'],
  ];
  it.each(invalid)('reports %j', (text, actual) => {
    const messages = report(id, email(text));
    expect(messages.some((l) => l.includes(actual))).toBe(true);
  });

  const valid = [
    // The link is in the reply, under it as a button, or in an earlier message; the quoted name makes the step exact.
    'Please go to our secure link so we can assist you: https://example.com/secure',
    'Please use the link below to upload the photos.',
    'Please use the secure link provided earlier to share your details.',
    'To reset your password, click "Forgot password" and follow the link we email you.',
    "Please use the link you'll receive by text to confirm the delivery slot.",
    // From the shared corpus, reviewed by hand: a lead word, an open condition, a list in brackets.
    'Also, check out the best practices here: https://example.com/end-screens If the issue persists, let us know.',
    'Please contact us at the link below, and provide your account details (username, email, transaction ID, purchase date).',
    'Click Settings, then Privacy.',
    'Download and install the latest version from the App Store.',
    'Please send us a DM with more details and include your account number and contact info.',
    'Our CDN had an outage this morning.',
    'Please update the CNAME record (the setting that points your domain to us).',
    'Just reply to this email with your order number.',
    // Writing back offered, not asked for: the door left open, and a wish of the customer's.
    'If anything comes up, just let us know.',
    "If there's anything else we can help with, just give us a shout.",
    'If you prefer fewer words or want everything in writing only, just let me know.',
    'Is the thing still broken?',
    'If you can install plugins, install and activate Health Check.',
    'We checked the usual steps on our side and found the fault.',
    'Go to Settings > Privacy > Clear data, and tap Clear.',
    // A vague word the attached picture makes exact.
    'I have attached a screenshot showing where you can find that option.',
    // A purpose before the steps is not a step; a description whose verbs only look like steps is no list.
    'To stop the emails, unsubscribe at the bottom of any of them and confirm.',
    'This will disable all plugins, switch to a standard theme, allow you to turn plugins on and off and keep your visitors unaffected.',
    // A term in a link's text leads to its explanation; a term after a product's name names the product; a warning is no step.
    'Please connect over [SFTP](https://example.com/what-is-sftp) and upload the file.',
    'Please update to the latest Angular CLI version.',
    'Please do not share your FTP password with anyone.',
    'When you help on the forum, please do not ask or suggest that someone provide you their admin or FTP details.',
  ];
  it.each(valid)('leaves %j alone', (text) => {
    expect(report(id, email(text))).toEqual([]);
  });

  it('reads a reply to a developer as one: code or two words of the trade make technical terms plain', () => {
    expect(report(id, email('Please run `npm ci` again and check the API response.'))).toEqual([]);
    expect(report(id, email('Thanks for the pull request. Please rebase on the main branch and update the API docs.'))).toEqual([]);
    // One trade word is not enough: a customer may merge two accounts.
    expect(only(id, email('Please merge the accounts and update the DNS settings.')).map((m) => m.actual)).toEqual(['DNS']);
  });

  it('leaves short steps chained twice in a social post, where a list has no room, and lists them in an email', () => {
    const tweet = 'Please save your data, then delete the game, then download it again and try again.';
    expect(report(id, tweet, { channel: 'social' })).toEqual([]);
    expect(only(id, email(tweet)).map((m) => m.message)).toEqual(['4 steps crammed into one sentence; a numbered list is easier to follow']);
    // Without a word of sequence the steps are one path, in an email too.
    expect(report(id, email('Please save your data, delete the game, download it again and try again.'))).toEqual([]);
  });

  it('never reports a term in the team glossary', () => {
    const text = email('Please update the DNS settings.');
    expect(report(id, text)).toHaveLength(1);
    expect(report(id, text, { rules: { [id]: ['warn', { glossary: ['DNS'] }] } })).toEqual([]);
  });

  it('reports a team term from the jargon option', () => {
    expect(report(id, email('Please clear the flux capacitor.'), { rules: { [id]: ['warn', { jargon: ['flux capacitor'] }] } })).toHaveLength(1);
  });

  it('ignores an empty term in the jargon option, which would match everywhere', () => {
    const found = only(id, email('Please clear the flux capacitor. Then restart the app.'), { rules: { [id]: ['warn', { jargon: ['', ' ', 'flux capacitor'] }] } });
    expect(found.map((m) => m.actual)).toEqual(['flux capacitor']);
  });

  it('does not take a term inside a longer word for jargon', () => {
    expect(report(id, email('Please open the CAPI panel and click XDNS.'))).toEqual([]);
    expect(only(id, email('Please open the panel and check the DNS.')).map((m) => m.actual)).toEqual(['DNS']);
  });
});

describe(`${id}: pointers to steps or links that are not there`, () => {
  it('reports "the steps above" with no steps above, at the pointer', () => {
    expect(report(id, email("Here's the information you asked for. Please follow the steps above before we move forward."))).toEqual([
      '3:53-3:68 no-unclear-instructions "the steps above"',
    ]);
    expect(report(id, email('Please try the steps below.'))).toEqual(['3:12-3:27 no-unclear-instructions "the steps below"']);
    // A link or a button below may be one the helpdesk adds under the text: only steps and details must be in it.
    expect(report(id, email('Please use the link below to reset it.'))).toEqual([]);
  });

  it('leaves pointers to a list, a link or a placeholder for one alone', () => {
    expect(report(id, email('1. Open Settings.\n2. Tap Privacy.\n\nIf that fails, please repeat the steps above.'))).toEqual([]);
    expect(report(id, email('Please use the link below to reset it.\n\nhttps://example.com/reset'))).toEqual([]);
    expect(report(id, email('Please use the link below to reset it: {{reset_url}}'))).toEqual([]);
    expect(report(id, email('Can you try the steps below?\n\n- Close the app\n- Open it again'))).toEqual([]);
  });

  it('leaves a pointer alone in one paragraph of a long reply, where the steps may lie in another', () => {
    const steps = '1. Open Settings.\n2. Tap Privacy.\n\n';
    const filler = 'We checked your account and everything on our side looks fine today. '.repeat(70);
    const text = email(`${steps}${filler}\n\nIf that fails, please repeat the steps above.`);
    expect(text.length).toBeGreaterThan(4000);
    expect(report(id, text)).toEqual([]);
  });
});

describe(`${id}: steps after a purpose or a condition`, () => {
  it('counts every step after the purpose or the condition that opens the sentence', () => {
    // The purpose or the condition leads the list in.
    expect(fixed(id, 'To reset it, open the app, then tap Settings, then tap Reset.')).toBe('To reset it:\n\n1. Open the app.\n2. Tap Settings.\n3. Tap Reset.');
    expect(fixed(id, 'If it fails, open the app, then tap Settings, then tap Reset.')).toBe('If it fails:\n\n1. Open the app.\n2. Tap Settings.\n3. Tap Reset.');
  });

  it('still reads a list of details as one step, and two steps after a purpose as two', () => {
    expect(report(id, email('Please send us your contact info, email address and order number.'))).toEqual([]);
    expect(report(id, email('To reset it, open the app and tap Reset.'))).toEqual([]);
  });
});

describe(`${id}: a minimised step with any verb`, () => {
  it.each([
    ['Just quickly re-sync your account.', 'Just quickly re-sync'],
    ['Just go into your settings and sort it out.', 'Just go'],
    ['Just power cycle the modem.', 'Just power cycle'],
    ['Just tweak the settings a bit.', 'Just tweak'],
    ['Just fiddle with it until it works.', 'Just fiddle'],
    ['Simply reconfigure your router.', 'Simply reconfigure'],
    // The same made light of in more words.
    ['All you have to do is re-sync the account.', 'All you have to do is re-sync'],
    ['All you need to do is reinstall the app.', 'All you need to do is reinstall'],
    // The customer's step after "you can", where another's is not ("so others can just run it", below).
    ['You can just return one and keep the other.', 'just return'],
    // Assumed know-how in other words.
    ['Make sure you set it up properly.', 'set it up properly'],
    ['Please do the needful.', 'do the needful'],
  ])('reports %j', (text, actual) => {
    expect(report(id, email(text))).toEqual([expect.stringContaining(`no-unclear-instructions "${actual}"`)]);
  });

  // Exact after all (a quoted name, code, a name in capitals, a field number, a link), yet "just" still tells the
  // customer the step is nothing: reported in other words, and the rewrite is the step without the word.
  it.each([
    ["Just click 'Message' at the top of your profile.", 'Just click', "Click 'Message' at the top of your profile."],
    ['Simply type "RESET" in the reply box.', 'Simply type', 'Type "RESET" in the reply box.'],
    ['Just tap Profile, then Log out.', 'Just tap', 'Tap Profile, then Log out.'],
    ['Just select your problem in field #2 and scroll down.', 'Just select', 'Select your problem in field #2 and scroll down.'],
    ['Just follow the link in the email we sent you.', 'Just follow', 'Follow the link in the email we sent you.'],
    ["Simply tap 'Restore purchases' and you're done.", 'Simply tap', "Tap 'Restore purchases' and you're done."],
    ['Just click the link below to confirm.', 'Just click', 'Click the link below to confirm.'],
    ['All you need to do is click the "Reset" button below.', 'All you need to do is click', 'Click the "Reset" button below.'],
    // The link of the step before is where this one is done.
    ['Please go to https://example.com/photos and just verify the pictures are there.', 'just verify', 'Please go to https://example.com/photos and verify the pictures are there.'],
    ['To sign up, just quickly visit https://example.com/offer today.', 'just quickly visit', 'To sign up, visit https://example.com/offer today.'],
    ['Simply update the number in the description to include the order number.', 'Simply update', 'Update the number in the description to include the order number.'],
    // A request to write back made light of: the step is plain without the word.
    ['Just DM me and we can get that done for you.', 'Just DM', 'DM me and we can get that done for you.'],
    ['Just let us know the item number and post code so we can check!', 'Just let', 'Let us know the item number and post code so we can check!'],
    ['Could you just confirm the product from our website, please?', 'just confirm', 'Could you confirm the product from our website, please?'],
  ])('reports the word that makes light of an exact step in %j, and drops it', (text, actual, rewritten) => {
    const [message] = only(id, email(text));
    expect(message!.actual).toBe(actual);
    expect(message!.reason).toBe(`"${actual}" makes the step sound trivial, and a customer who finds it hard feels at fault; the step is exact without it`);
    expect(fixed(id, email(text))).toBe(email(rewritten));
  });

  it('leaves markup between the word and its step as written, and drops only the word', () => {
    const text = 'Hi Sam,\n\nTo add comments to an open ticket simply <a href="https://example.com/t">log in to our helpdesk</a>.\n\nBest,\nAna';
    const [message] = only(id, text, { format: 'html' });
    expect(message!.actual).toBe('simply ');
    expect(message!.reason).toBe('"simply" makes the step sound trivial, and a customer who finds it hard feels at fault; the step is exact without it');
    expect(fixed(id, text, { format: 'html' })).toBe(text.replace('simply ', ''));
  });

  it.each([
    // Asked to come back, in words that hide no step.
    'Any questions, just shout.',
    'If the page is still blank, just write back and I will look again.',
    // A shortcut warned against, and someone else's step.
    'Force close the app (don’t just minimize it).',
    'Please add a short example, so that other contributors can just run it.',
  ])('leaves %j alone', (text) => {
    expect(report(id, email(text))).toEqual([]);
  });
});

describe(`${id}: a developer as the reader`, () => {
  it('leaves "just" with a step alone where the reply is written to a developer, and reports it to a customer', () => {
    const body = 'If this matters to you, please just subscribe to the issue.';
    expect(report(id, email(body))).toEqual([expect.stringContaining('no-unclear-instructions "just subscribe"')]);
    expect(report(id, email(`${body} Commenting on pull requests does not move it up the repository's list.`))).toEqual([]);
    expect(lint(email(body), { rules: { [id]: ['warn', { audience: 'technical' }] } }).filter((m) => m.ruleId === id)).toEqual([]);
  });
});

describe('"the steps above" in a template', () => {
  const text = (above: string): string => `Hi {{ticket.requester.first_name}},\n\n${above}\n\nPlease follow the steps above and let us know how it goes.\n\nBest,\n{{current_user.name}}`;

  it('points at a placeholder that stands as a paragraph of its own: the macro fills the steps in', () => {
    expect(report('no-unclear-instructions', text('{{ticket.troubleshooting_steps}}'), { template: true })).toEqual([]);
  });

  it("reads a template's stand-in in words as a placeholder, and by its name: an explanation is not steps", () => {
    // The cx-macros kind of template: "{clear explanation}", "{team/partner}" are placeholders, not prose in braces.
    expect(findPlaceholders('Here it is: **{clear explanation}** from {team/partner}.', { template: true }).map((p) => p.text)).toEqual(['{clear explanation}', '{team/partner}']);
    // In a reply, only a field's name in single braces is one.
    expect(findPlaceholders('We use {braces} rarely, and {a b} even less; hi {customer_name}.').map((p) => p.text)).toEqual(['{customer_name}']);
    expect(report('no-unclear-instructions', text('**{clear explanation}**'), { template: true })).toHaveLength(1);
    expect(report('no-unclear-instructions', text('**{troubleshooting steps}**'), { template: true })).toEqual([]);
  });

  it('still reports when what stands above is words with a name in them', () => {
    expect(report('no-unclear-instructions', text('Thanks for writing in about {{ticket.title}}.'), { template: true })).toHaveLength(1);
  });
});

describe(`${id}: steps called easy, and a team named by no name`, () => {
  it('reports a claim that the steps are easy, in any sentence, unless the steps follow in a list', () => {
    expect(report(id, email('Changing the language is just a simple click.'))).toEqual(['3:23-3:45 no-unclear-instructions "is just a simple click"']);
    // The link or the exact place right after the claim gives the way, but the claim still tells the customer it is nothing.
    expect(only(id, email('Changing the language is just a simple click: https://example.com/lang')).map((m) => [m.actual, m.reason])).toEqual([
      ['is just a simple click', '"is just a simple click" tells the customer the step is nothing, and one who found it hard feels at fault; give the way without the claim'],
    ]);
    expect(report(id, email("It's just two taps in Settings > Language."))).toEqual(['3:1-3:19 no-unclear-instructions "It\'s just two taps"']);
    expect(report(id, email('It only takes a few clicks.'))).toEqual(['3:4-3:27 no-unclear-instructions "only takes a few clicks"']);
    expect(report(id, email("It's just a matter of logging in again."))).toEqual(['3:1-3:30 no-unclear-instructions "It\'s just a matter of logging"']);
    expect(only(id, email('It is just one click.'))[0]!.reason).toBe('"It is just one click" makes light of the steps; give them, or where to find them');
    expect(report(id, email('It is just a few clicks:\n\n1. Open Settings.\n2. Tap Language.'))).toEqual([]);
    // Counting the steps is no claim that they are easy; a distance and a time are no steps.
    expect(report(id, email('It takes a few clicks.'))).toEqual([]);
    expect(report(id, email('That is three steps.'))).toEqual([]);
    expect(report(id, email('The store is just a few steps away from the station.'))).toEqual([]);
    expect(report(id, email('It is a matter of minutes before the refund shows.'))).toEqual([]);
    // A developer is not told the steps of the trade.
    expect(report(id, email('Rebasing is just a few commands.'), { rules: { [id]: ['warn', { audience: 'technical' }] } })).toEqual([]);
  });

  it('reports an instruction to contact "the relevant team" with no way to reach it', () => {
    expect(report(id, email('Please contact the relevant department.'))).toEqual(['3:8-3:39 no-unclear-instructions "contact the relevant department"']);
    expect(report(id, email('If the problem continues, please speak to the appropriate team.'))).toEqual([
      '3:34-3:63 no-unclear-instructions "speak to the appropriate team"',
    ]);
    expect(only(id, email('Please contact the relevant department.'))[0]!.reason).toBe(
      '"contact the relevant department" does not say who or how; name the team and how to reach them',
    );
    expect(report(id, email('Please contact the relevant team on 0800 123 456.'))).toEqual([]);
    expect(report(id, email('Please contact the relevant department at https://example.com/contact'))).toEqual([]);
    // Not an instruction: what the writer did, or what the team will do.
    expect(report(id, email('We passed it to the relevant team.'))).toEqual([]);
    expect(report(id, email('The relevant team will contact you.'))).toEqual([]);
  });
});

describe(`${id}: where to find something, said as what the customer will find`, () => {
  it('reads "You\'ll find it under that menu" as directions, with their vague word reported', () => {
    expect(report(id, email("You'll find it under that menu."))).toEqual(['3:22-3:31 no-unclear-instructions "that menu"']);
    expect(report(id, email('You will find the results in the portal under that tab.'))).toEqual(['3:47-3:55 no-unclear-instructions "that tab"']);
    // A finding that is no place, and a place that is named.
    expect(report(id, email("You'll find that the app works better now."))).toEqual([]);
    expect(report(id, email('You will find the form on our website under Billing.'))).toEqual([]);
  });
});

describe(`${id}: "that menu" pointing back at what the reply has named`, () => {
  it('leaves a pointer whose noun the reply names before it, and reports one with nothing to point at', () => {
    expect(report(id, email('Open the Privacy menu in Settings. In that menu, switch off Location.'))).toEqual([]);
    expect(report(id, email('The download buttons are at the top. Click that button and save the file.'))).toEqual([]);
    expect(report(id, email('Open that menu and switch the option off.'))).toEqual(['3:6-3:15 no-unclear-instructions "that menu"']);
    // Only the word itself (or its plural) names it: "tablet" names no tab, and a later mention comes too late.
    expect(report(id, email('Your tablet is fine. Open that tab and switch it off.'))).toEqual(['3:27-3:35 no-unclear-instructions "that tab"']);
    expect(report(id, email('Open that page and look for the page called Billing.'))).toEqual(['3:6-3:15 no-unclear-instructions "that page"']);
    // A pointer names nothing for the next one: both are vague.
    expect(report(id, email('Open that menu. In that menu, click Save.'))).toEqual([
      '3:6-3:15 no-unclear-instructions "that menu"',
      '3:20-3:29 no-unclear-instructions "that menu"',
    ]);
  });
});

describe(`${id}: codes in capitals in an English step for a lay reader`, () => {
  const codes = (body: string, options: Parameters<typeof only>[2] = {}) => {
    const text = email(body);
    return only(id, text, options).map((m) => [m.actual, m.place.start.offset! - text.indexOf(body), m.expected]);
  };

  it('reports two or more different codes, each once, where they stand', () => {
    expect(codes('Send us your MPRN, the meter serial and an actual read from the ERT display.')).toEqual([
      ['MPRN', 13, []],
      ['ERT', 64, []],
    ]);
    expect(codes('Please quote the MPRN. Then give us the ERT reading and the MPRN again.')).toEqual([
      ['MPRN', 17, []],
      ['ERT', 40, []],
    ]);
  });

  it('leaves one code, everyday codes, identifiers with digits, a code spelt out, the glossary, and a developer', () => {
    expect(codes('Send us your MPRN and a photo of the meter.')).toEqual([]);
    expect(codes('DM us your PIN, the order ID and your UK postcode.')).toEqual([]);
    expect(codes('Check in for DL159 at the ICN desk.')).toEqual([]);
    expect(codes('Give us your Meter Point Reference Number (MPRN) and the Electronic Register Total (ERT).')).toEqual([]);
    expect(codes('Send us your MPRN and the ERT reading.', { rules: { [id]: ['warn', { glossary: ['MPRN'] }] } })).toEqual([]);
    expect(codes('Send us your MPRN and the ERT reading.', { rules: { [id]: ['warn', { audience: 'technical' }] } })).toEqual([]);
    // Labels on the screen say where to go, whatever they mean.
    expect(codes('Open the CAPI panel and click XDNS.')).toEqual([]);
    // Capitals that are words shout; they are no codes.
    expect(codes('PLEASE SEND the form to our office.')).toEqual([]);
  });
});

describe(`${id}: a link named in another message, codes given as options`, () => {
  it('leaves "the link in your quote email" and "the AF mode (AF-C or AF-S)"', () => {
    expect(report(id, email('To lock the date in, please pay the deposit through the link in your quote email by Wednesday.'))).toEqual([]);
    expect(report(id, email("Please add the lens you're using and the AF mode (AF-C or AF-S) to your first post."))).toEqual([]);
    // Still reported: a link named nowhere.
    expect(report(id, email('To lock the date in, please pay the deposit through the link.'))).toEqual(['3:53-3:61 no-unclear-instructions "the link"']);
  });
});

describe(`${id}: a chain in sequence with any verb, the purpose said first, "the other screen"`, () => {
  it('reads any verb after "then" as the next step of a chain', () => {
    const text = 'Park the car in bay 14 and then drop the key in the red box and then snap a photo of the gauge and then upload it in the app.';
    expect(only(id, text, { channel: 'chat' }).map((m) => [m.actual, m.reason])).toEqual([[text, '4 steps crammed into one sentence; a numbered list is easier to follow']]);
    // With no "then", a list of things is no chain of steps.
    expect(report(id, 'Please send your name, your address and your order number.', { channel: 'chat' })).toEqual([]);
  });

  it('reads the step after a purpose said first, and "the other screen" with nothing to point at', () => {
    expect(only(id, "To use your carer's ticket, select the other option when you book.", { channel: 'social' }).map((m) => m.actual)).toEqual(['the other option']);
    expect(only(id, 'Redo the transfer from the other screen, it only takes a minute.', { channel: 'social' }).map((m) => m.actual)).toEqual(['the other screen']);
    expect(report(id, 'The other screen shows your balance.', { channel: 'social' })).toEqual([]);
  });
});

describe(`${id}: the verbs of software`, () => {
  it('reads "Just resize it … and re-upload it" as steps made light of', () => {
    expect(report(id, 'Just resize it to what they want and re-upload it over the top of the old one.', { channel: 'chat' })).toEqual([
      '1:1-1:12 no-unclear-instructions "Just resize"',
    ]);
  });
});

describe(`${id}: a purpose without its comma, a picture only named, and a thing called a bit`, () => {
  it('reports four "and then"s after "to add a new payee" with no comma', () => {
    expect(report(id, '@user Hi Claire, to add a new payee open the app and then tap Payments and then New payee and then fill in their details and then confirm with your card reader. -Sanjay', { channel: 'social' })).toEqual([
      '1:18-1:161 no-unclear-instructions "to add a new payee open the app and then tap Payments and then New payee and then fill in their details and then confirm with your card reader."',
    ]);
  });

  it('reads "the video" as the camera\'s, not a picture that shows the way; "the settings thing", "the camera bit", "the right one"', () => {
    expect(report(id, 'Switch the video to the other option.', { channel: 'chat' })).toEqual(['1:21-1:37 no-unclear-instructions "the other option"']);
    expect(report(id, "Check the settings thing for sync and make sure it's on the right one.", { channel: 'chat' })).toEqual([
      '1:1-1:25 no-unclear-instructions "Check the settings thing"',
      '1:54-1:70 no-unclear-instructions "on the right one"',
    ]);
    expect(report(id, 'Go back into the camera bit.', { channel: 'chat' })).toEqual(['1:9-1:28 no-unclear-instructions "into the camera bit"']);
    // A picture that shows the way names it.
    expect(report(id, 'I will attach an image showing where you can find that option.', { channel: 'chat' })).toEqual([]);
    // "Go" opens a step as any verb does.
    expect(readReply('Go to Settings and tap Reset.', { channel: 'chat' }).sentences[0]!.act).toBe('step');
  });
});

describe(`${id}: "you just need to …"`, () => {
  const social = (text: string): string[] => report(id, text, { channel: 'social' });

  it('reports the step made light of through "need to" or "have to", with "Please" where the step is exact', () => {
    expect(social('You just need to restart the router.')).toEqual(['1:1-1:17 no-unclear-instructions "You just need to"']);
    expect(social('Hi Sam, you just have to click the link below.')).toEqual(['1:9-1:25 no-unclear-instructions "you just have to" → "please"']);
    // The rewrite leaves no burden behind it: "Please click …", not "You need to click …".
    const fixedText = fixed(id, 'You just have to click the link below.', { channel: 'social' });
    expect(fixedText).toBe('Please click the link below.');
    expect(lint(fixedText, { channel: 'social' }).filter((m) => m.ruleId === id || m.ruleId === 'no-negative-phrasing')).toEqual([]);
  });

  it('leaves waiting, writing back, the writers\' own need and a question', () => {
    expect(social('You just need to wait two days.')).toEqual([]);
    expect(social('You just need to reply to this email.')).toEqual([]);
    expect(social('We just need to check your order.')).toEqual([]);
    expect(social('Do you just need to reset it?')).toEqual([]);
  });
});
