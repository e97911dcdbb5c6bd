/**
 * What a seventh written English set showed (replies written by someone who had not seen the rules), pinned in words of
 * our own: terms held up to the customer, a time told of the past, a carrier's timing in the progressive, a promise kept
 * by the company's own people, check-ins and offers of more help in other words, and chains of "then" in a post.
 */
import { describe, expect, it } from 'vitest';
import { lint, readReply } from './index.js';

const reportsOf = (rule: string, text: string, channel: 'email' | 'chat' | 'social' = 'chat') =>
  lint(text, { channel, language: 'en' }).filter((m) => m.ruleId === rule).map((m) => [m.actual, m.message]);
const actsOf = (text: string, channel: 'email' | 'chat' | 'social' = 'chat') => readReply(text, { channel, language: 'en' }).body.map((s) => s.reading.acts);

describe('no-negative-phrasing: the terms held up to the customer', () => {
  it('reports terms cited as the reason for a no, and where they are printed', () => {
    expect(reportsOf('no-negative-phrasing', 'Lift passes are not refundable once scanned, as per the conditions on the back of the pass.')).toEqual([
      ['as per the conditions', '"as per the conditions" quotes the terms at the customer; say what you need and why, and what they can do'],
    ]);
    expect(reportsOf('no-negative-phrasing', 'The rental agreement sets out that vans must be back by 6pm.')).toEqual([
      ['agreement sets out that', '"agreement sets out that" quotes the terms at the customer; say what you need and why, and what they can do'],
    ]);
    // The terms giving the customer something are no rule held up.
    expect(reportsOf('no-negative-phrasing', 'As per the conditions of your plan, a courtesy car is included while yours is in the garage.')).toEqual([]);
  });

  it('reports a clause number, a discretion and a final word', () => {
    expect(reportsOf('no-negative-phrasing', 'Water damage is excluded by clause 7.3 of your policy.')).toEqual([
      ['excluded by clause 7.3', '"excluded by clause 7.3" quotes a rule at the customer; say what you need and why, and what they can do'],
    ]);
    expect(reportsOf('no-negative-phrasing', 'Late entry is at the discretion of the venue manager.')[0]?.[0]).toBe('is at the discretion of');
    expect(reportsOf('no-negative-phrasing', "The referee's decision on the day is final.")[0]?.[0]).toBe("decision on the day is final");
  });

  it('reports the lesson that it was plain to see, and the duty put on someone else', () => {
    expect(reportsOf('no-negative-phrasing', 'The opening hours are clearly displayed on our door.')[0]?.[0]).toBe('are clearly displayed');
    expect(reportsOf('no-negative-phrasing', 'It was made clear at booking that deposits are kept.')[0]?.[0]).toBe('It was made clear');
    expect(reportsOf('no-negative-phrasing', "Wear from heavy use is the cardholder's responsibility.")[0]?.[0]).toBe("is the cardholder's responsibility");
    expect(reportsOf('no-negative-phrasing', "Parcels held at customs aren't something we're responsible for.")[0]?.[0]).toBe("aren't something we're responsible for");
  });

  it('reads "X aren\'t refundable", "non-transferable" and "we have no control over" as a no, reported with nothing offered', () => {
    expect(actsOf('Gift boxes aren\'t refundable.')).toEqual([['refusal']]);
    expect(actsOf('Season tickets are non-transferable.')).toEqual([['refusal']]);
    expect(reportsOf('no-negative-phrasing', 'Sorry the lift was out. Repairs are down to the landlord and we have no control over when they happen.').map((r) => r[0])).toEqual([
      'Repairs are down to the landlord and we have no control over when they happen.',
    ]);
  });

  it('reads a noun that a participle follows as the subject, not an order ("Damage caused by misuse is …")', () => {
    expect(actsOf("Damage caused by misuse is the owner's responsibility.")).not.toContainEqual(expect.arrayContaining(['step']));
    expect(actsOf('See attached for the invoice.')).toEqual([['step']]);
  });
});

describe('the reader: a time told of the past, and times to come', () => {
  it('reads a time a past verb or participle holds as the past: no next step, no promise', () => {
    expect(actsOf('The claim is for a phone dropped on 3 June.')).toEqual([['news']]);
    expect(reportsOf('no-overpromise', 'I checked your file. The claim is for a phone dropped on 3 June, and your cover started on 5 June.')).toEqual([]);
    // The same date to come is still a promise in the present tense.
    expect(reportsOf('no-overpromise', 'The engineer from FixIt arrives on 3 June.').map((r) => r[0])).toEqual(['on 3 June']);
  });

  it('reads a carrier named in capitals, in the progressive, as keeping a time it does not promise', () => {
    expect(reportsOf('no-overpromise', 'Your order was packed today and Parcelforce are delivering it tomorrow.', 'social').map((r) => r[0])).toEqual(['tomorrow']);
    // A month's capital names no one.
    expect(reportsOf('no-overpromise', "From 1 October she moves to the full plan, so we'll feed her each morning.")).toEqual([]);
  });

  it('reads a state open for a window, not an event at a time ("ready to collect this week", "busy this evening")', () => {
    expect(reportsOf('no-overpromise', "It's ready to collect any day this week between 9 and 5.", 'email')).toEqual([]);
    expect(reportsOf('no-overpromise', "A van is assigned and we'd expect it within the hour, though it's busy this evening.", 'social')).toEqual([]);
  });

  it("keeps the company's own people's work and a time named by another sentence apart", () => {
    expect(reportsOf('no-overpromise', 'The survey will be done by one of our own inspectors next week.')).toEqual([]);
    expect(reportsOf('no-overpromise', 'The handover is booked for Friday. The bank will have the loan released before then.').map((r) => r[0])).toEqual(['will have the loan released before then']);
    // "by then" in a condition after a promise kept by the writer is no time of another's.
    expect(reportsOf('no-overpromise', "The email will be sent by 17/10. Please tell us if it hasn't arrived by then.", 'social')).toEqual([]);
  });

  it('reports "it won\'t come back" after a fix as certainty about the outcome', () => {
    expect(reportsOf('no-overpromise', 'The glitch is fixed in version 3.1, and after that it won\'t come back.', 'social').map((r) => r[0])).toEqual(["it won't come back"]);
  });
});

describe('the reader: more help offered, and a condition put first with "should"', () => {
  it('reads "Shall I look at any other orders?" and "Was there anything more I could check?" as invitations', () => {
    expect(actsOf('Shall I look at any other orders while you are here?')).toEqual([['invitation']]);
    expect(actsOf('Was there anything more I could check for you?')).toEqual([['invitation']]);
  });

  it('reads "Should anything be unclear, our team is on <phone>" as the door left open', () => {
    expect(actsOf('Should anything in the quote be unclear, our sales team is on 0330 555 0100.', 'email')).toEqual([['invitation', 'next-info']]);
    expect(actsOf('Should the box arrive damaged, please send us a photo.')).toEqual([['step']]);
  });

  it('reads thanks for what the customer did, and "I can only imagine", as no next step or promise', () => {
    expect(actsOf("Thank you for your letter after Sunday's match.", 'email')).toEqual([['thanks']]);
    expect(actsOf('I can only imagine how upsetting that was.', 'email')).toEqual([['empathy']]);
  });
});

describe('no-unclear-instructions: pointers back, compound verbs, and chains in a post', () => {
  it('reports a page pointed back at in earlier contact, and a way shown before', () => {
    expect(reportsOf('no-unclear-instructions', 'Turn it off on that privacy page we sent you last time.').map((r) => r[0])).toEqual(['that privacy page we sent you last time']);
    expect(reportsOf('no-unclear-instructions', 'Then thread the bobbin the way I showed you in the shop.').map((r) => r[0])).toEqual(['the way I showed you in the shop']);
  });

  it('reads a verb made with a word before it as a step, and reports "just" before it', () => {
    expect(actsOf('For now just power-cycle the hub and pair it again.')).toEqual([['step']]);
    expect(reportsOf('no-unclear-instructions', 'For now just power-cycle the hub and pair it again.').map((r) => r[0])).toEqual(['just power-cycle']);
  });

  it('reports steps chained with "then" three times in a post, with no list for a rewrite; fewer stay a tweet\'s way', () => {
    const chained = '@sam Open the app and then tap Settings and then turn off sync and then restart it. -Jo';
    expect(lint(chained, { channel: 'social', language: 'en' }).filter((m) => m.ruleId === 'no-unclear-instructions').map((m) => [m.actual, m.expected])).toEqual([
      ['Open the app and then tap Settings and then turn off sync and then restart it.', []],
    ]);
    expect(reportsOf('no-unclear-instructions', '@sam Open the app, tap Settings and turn off sync. -Jo', 'social')).toEqual([]);
  });

  it("counts a protocol's name with digits between its letters as a code; a flight or a postcode is no vocabulary", () => {
    expect(reportsOf('no-unclear-instructions', 'To stop the drop-outs, switch the codec to LDAC and turn off A2DP offload in developer options.').map((r) => r[0])).toEqual(['LDAC', 'A2DP']);
    expect(reportsOf('no-unclear-instructions', 'Rebook onto BA2490 from the app, then send the receipt to SW1A 1AA.')).toEqual([]);
  });

  it('reads a chain in sequence after a colon that opens it, with no list for a rewrite; three steps after a colon are a list\'s way', () => {
    const chained = 'The hub has to be paired again: hold the reset button and then join the network called "HUB-" and then open the app and then pick your home network.';
    expect(lint(chained, { channel: 'email', language: 'en' }).filter((m) => m.ruleId === 'no-unclear-instructions').map((m) => [m.actual, m.expected])).toEqual([[chained, []]]);
    expect(reportsOf('no-unclear-instructions', "Apple holds the payment, but you can ask them at help.example.com: sign in, choose 'Refund' and pick the charge.", 'email')).toEqual([]);
  });
});

describe('what an eighth written set (en-batch-8) showed, in our own words', () => {
  it('no-negative-phrasing: the duty handed over as a role\'s, fault put on what the customer did, blame asked, a rule beyond bending', () => {
    expect(reportsOf('no-negative-phrasing', "Fuel is charged at cost, and it's up to the renter to refill the tank.").map((r) => r[0])).toEqual(["it's up to the renter to"]);
    expect(reportsOf('no-negative-phrasing', 'The onus is on the guest to check the dates.').map((r) => r[0])).toEqual(['The onus is on the guest to']);
    expect(reportsOf('no-negative-phrasing', "It's entirely up to you to decide which room suits.")).toEqual([]);
    expect(reportsOf('no-negative-phrasing', 'Since you washed the jacket at 60 degrees, the guarantee no longer applies.').map((r) => r[0])).toEqual(['Since you washed']);
    expect(reportsOf('no-negative-phrasing', 'Since you ordered on Monday, it leaves us on Wednesday.')).toEqual([]);
    expect(reportsOf('no-negative-phrasing', 'Was the start time not on your booking email?', 'social').map((r) => r[0])).toEqual(['Was the start time not on your booking email?']);
    expect(reportsOf('no-negative-phrasing', "Late entry isn't something the stewards bend on.").map((r) => r[0])).toEqual(["isn't something the stewards bend on"]);
    expect(actsOf('The missed sessions aren\'t something we refund.')).toEqual([['refusal']]);
  });

  it('the reader: offers of more help and sympathy in other words; a deed inside what an apology is for', () => {
    expect(actsOf('Anything else on your order I can look at while we chat?')).toEqual([['invitation']]);
    expect(actsOf('was there anything more you needed from me?')).toEqual([['invitation']]);
    expect(actsOf('Gutted to hear the match was called off, Sam.')).toEqual([['empathy']]);
    expect(reportsOf('require-next-step', '@sam Gutted to hear the match was called off, Sam. ^AB', 'social').length).toBe(1);
    expect(actsOf('Sorry the parcel came a day after the date we gave you.')).toEqual([['apology']]);
    // A deed after the apology's comma is still the deed.
    expect(actsOf('Sorry for the wait, I refunded it this morning.')).toContainEqual(expect.arrayContaining(['action']));
    // "Track time runs off the clock": a noun and its verb, not an order; "Track your parcel online" still is one.
    expect(actsOf('Track time runs off the timing system.')).not.toContainEqual(expect.arrayContaining(['step']));
    expect(actsOf('Track your parcel from the link in the email.')).toEqual([['step']]);
    // A norm's "should" sets no time: "nobody should leave with that" is sympathy with no next step in it.
    expect(actsOf("That's not the haircut anyone should leave with, and it must be so annoying before the wedding.")).toEqual([['empathy']]);
  });

  it('no-overpromise: the company\'s own crew, a hedge inside its clause, certainty said after, and an ordinal date', () => {
    expect(reportsOf('no-overpromise', 'Our crew will arrive on Thursday the 19th to build it.', 'email')).toEqual([]);
    expect(reportsOf('no-overpromise', 'It goes out tracked and usually arrives 1 to 2 days later.', 'social')).toEqual([]);
    expect(reportsOf('no-overpromise', "It's coming from the maker and it'll be with you by the 14th, definitely.", 'social').map((r) => r[0])).toEqual(['definitely']);
    expect(reportsOf('no-overpromise', 'The council will approve the plans well before the build, so your start date is locked in.', 'email').map((r) => r[0])).toEqual(['locked in']);
  });

  it('require-closing-invitation: "Any questions at all before then, give me a shout" and a wish to talk it over by phone', () => {
    const mail = (body: string) => `Hi Dana,\n\n${body}\n\nBest,\nAlex`;
    expect(reportsOf('require-closing-invitation', mail("We'll be there on the 19th. Any questions at all before then, give me a shout."), 'email')).toEqual([]);
    expect(reportsOf('require-closing-invitation', mail("I've registered the documents today. If you'd rather go through the form by phone, our team is on 0345 600 2121."), 'email')).toEqual([]);
  });

  it('no-unclear-instructions: a place named by what it is like', () => {
    expect(reportsOf('no-unclear-instructions', '@lu Ask your admin to switch it on under the meeting bits. -D', 'social').map((r) => r[0])).toEqual(['under the meeting bits']);
    expect(reportsOf('no-unclear-instructions', '@lu Tap the one on the left to pair it. -D', 'social').map((r) => r[0])).toEqual(['the one on the left']);
  });
});

describe('what a tenth written set (en-batch-10) showed, in our own words', () => {
  it('no-overpromise: tracking relayed, the company\'s own bill, a deadline, an amount in thousands, and where money lands', () => {
    expect(reportsOf('no-overpromise', 'Their tracking shows it as due on Tuesday 4 June.', 'email')).toEqual([]);
    expect(reportsOf('no-overpromise', "I've added a £10 credit, which will appear on your next bill.", 'email')).toEqual([]);
    expect(reportsOf('no-overpromise', 'Refund claims have to be made within 30 days of the trip.', 'chat')).toEqual([]);
    expect(reportsOf('no-overpromise', 'It went to our assessors today and it will be approved, so you\'ll have the £1,240 in your bank by next Friday.', 'chat').map((r) => r[0])).toEqual(["you'll have the £1,240 in your bank by next Friday"]);
    expect(reportsOf('no-overpromise', 'The payment was sent today and will land with your bank by Friday.', 'email').map((r) => r[0])).toEqual(['will land']);
  });

  it('the reader: "£1,240" is one token, so a clause does not end inside an amount', () => {
    const clauses = readReply("You'll have the £1,240 in your bank by Friday.", { channel: 'chat', language: 'en' }).body[0]!.reading.clauses;
    expect(clauses).toHaveLength(1);
  });

  it('no-negative-phrasing: terms cited on a page or a slip, the fault handed to another, and a no said in the passive', () => {
    expect(reportsOf('no-negative-phrasing', 'As stated on our returns page, items must come back within 28 days.').map((r) => r[0])).toEqual(['As stated on our returns page']);
    expect(reportsOf('no-negative-phrasing', 'Price Match only covers identical items, as the T&Cs on the receipt explain.').map((r) => r[0])).toEqual(['as the T&Cs on the receipt explain']);
    expect(reportsOf('no-negative-phrasing', "The kitchen cooks the food, not us, so cold chips aren't down to Fetchly.", 'social').map((r) => r[0])).toEqual(["aren't down to Fetchly"]);
    expect(reportsOf('no-negative-phrasing', 'The kitchen cooks the food, not us.', 'social').map((r) => r[0])).toEqual(['not us']);
    expect(reportsOf('no-negative-phrasing', 'Complaints about quality are for the restaurant to deal with.', 'social').map((r) => r[0])).toEqual(['are for the restaurant to deal with']);
    expect(actsOf("That isn't something the team at the gate could waive.")).toEqual([['refusal']]);
    expect(actsOf("The voucher can't be given in this case.")).toEqual([['refusal']]);
  });
});

describe('what an eleventh written set (en-batch-11) showed: the company\'s own messages, premises and deadlines', () => {
  it('no-overpromise leaves the company\'s own emails and papers, work at its own premises, a time hedged in its own clause, and the customer\'s deadline', () => {
    expect(reportsOf('no-overpromise', "You'll receive a new confirmation email from us within the hour.", 'email')).toEqual([]);
    expect(reportsOf('no-overpromise', "You'll receive your updated documents by email within the hour.", 'email')).toEqual([]);
    expect(reportsOf('no-overpromise', 'The new handset is being packed at our warehouse this afternoon.', 'email')).toEqual([]);
    expect(reportsOf('no-overpromise', "You'll get an automatic email, and after it reaches us the refund is normally processed within 5 working days.", 'email')).toEqual([]);
    expect(reportsOf('no-overpromise', 'The box will include a prepaid bag for sending the old router back within 30 days.', 'chat')).toEqual([]);
    // A courier's parcel, or an email from someone else, is still others' to deliver.
    expect(reportsOf('no-overpromise', "You'll receive your parcel within the hour.", 'email').map((r) => r[0])).toEqual(["You'll receive your parcel within the hour"]);
  });
});

