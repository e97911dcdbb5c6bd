import { describe, expect, it } from 'vitest';
import { email, only, report } from '../../test/helpers.js';
import { readReply } from '../lint.js';

const id = 'require-next-step';

describe(id, () => {
  it('reports on the apology when there is one', () => {
    expect(report(id, email("I'm so sorry your order hasn't arrived."))).toEqual([
      `3:1-3:40 require-next-step "I'm so sorry your order hasn't arrived."`,
    ]);
  });

  it('says whether it is an apology or sympathy that has nothing after it', () => {
    expect(only(id, email("I'm so sorry your order hasn't arrived."))[0]!.reason).toMatch(/^This apology is not followed by a next step/);
    expect(only(id, email('I understand how frustrating this is.'))[0]!.reason).toMatch(/^This sympathy is not followed by a next step/);
  });

  it("reports on the body's last paragraph when there is no apology", () => {
    expect(report(id, email('Thanks for writing in.\n\nDelays happen in winter.'))).toEqual(['5:1-5:25 require-next-step "Delays happen in winter."']);
  });

  const invalid = [
    "We're sorry for the trouble.",
    'Our apologies for the inconvenience.',
    'Sorry to hear that. Delays are common this time of year.',
    'We apologise for the delay with your order.',
    'I regret that your experience was not a good one.',
    'Thanks for your email. Our warehouse is very busy at the moment.',
    'The item is out of stock.',
    'That sounds frustrating. We know billing problems are annoying.',
    "We're sorry. Let us know if you have any other questions.",
    'Sorry for the wait! Feel free to reach out if anything else comes up.',
    // A promise with nothing firm in it: no deed, no time, no place.
    "That sounds really stressful. I'll walk you through this gently, and we'll get this sorted together.",
    "Sorry about the trouble with your order. We'll do our best to help.",
    "We apologise for the mix-up. We'll do everything we can to make it right.",
    "I'm sorry for the delay. We'll sort it out.",
  ];
  it.each(invalid)('reports %j', (text) => {
    expect(report(id, email(text))).toHaveLength(1);
  });

  it.each(["We're sorry for the trouble.", 'Sorry about that!'])('reports a bare apology in chat: %j', (text) => {
    expect(report(id, text, { channel: 'chat' })).toHaveLength(1);
  });

  const valid = [
    // From the shared corpus, reviewed by hand: work under way, said of a team or after "and".
    'We apologize for any frustration. Our tech team is aware and is currently working to resolve it.',
    'We let you down and I am deeply sorry for that. We are committed to you and are taking steps to fix the schedule.',
    "I'm sorry about that. I've refunded the charge.",
    "Sorry for the trouble! I'll check with the warehouse and reply by noon.",
    'Sorry about that. Could you send me your order number?',
    'Would you like me to cancel the order?',
    "We're sorry. Please send us a photo of the label.",
    'Sorry! You can track the parcel here: https://example.com/track',
    "I'm sorry. The refund was already processed and should reflect soon.",
    "Sorry! We're looking into it now.",
    "Sorry. You'll receive an email from our billing team tomorrow.",
    'Thanks so much for the kind words! We love hearing this.',
    "Thanks for the feedback. I've passed it on to the product team.",
    'Sorry for the delay.\n\n1. Open the app.\n2. Tap Restore purchases.',
    // A state brought about, told in the past passive.
    'We apologise for the outage. Service was restored at 10:40.',
    "Sorry for the double charge. The second payment was reversed this morning.",
    // The same promises with a deed, a time or a request beside them.
    "Sorry about the trouble. Please DM us your order number and we'll sort it out.",
    "Sorry for the delay. We'll get this sorted by Friday.",
    "Sorry for the confusion. We'll help you change the address on the order page.",
    // A request that ends on its "please".
    'Sorry for the trouble. Your order ID and email please.',
    // Who can help, named.
    'Only our Group Reservations Team is able to assist you with this. Our apologies for the inconvenience.',
  ];
  it.each(valid)('leaves %j alone', (text) => {
    expect(report(id, email(text))).toEqual([]);
  });

  it('sees no next step in awareness alone, or in a "has been" that is no deed', () => {
    expect(report(id, "Sorry about that. It's been a long week for everyone.", { channel: 'social' })).toEqual([
      '1:1-1:18 require-next-step "Sorry about that."',
    ]);
    expect(report(id, 'Sorry about that. The team is aware of it.', { channel: 'social' })).toEqual(['1:1-1:18 require-next-step "Sorry about that."']);
  });

  it('sees no deed in good news said back, and no verb in a noun before a plural ("card plays might")', () => {
    expect(report(id, "Sorry about the wait. Glad it's been resolved, Firdaus.", { channel: 'social' })).toEqual(['1:1-1:22 require-next-step "Sorry about the wait."']);
    expect(report(id, 'Sorry about the wait. Some card plays might be shocking.', { channel: 'social' })).toEqual(['1:1-1:22 require-next-step "Sorry about the wait."']);
    // A story of what happened, told with past verbs, is no next step either.
    expect(report(id, 'Sorry about the wait. The warehouse staff confirmed the shipment too early.', { channel: 'social' })).toEqual([
      '1:1-1:22 require-next-step "Sorry about the wait."',
    ]);
  });

  it('leaves a chat answer without an apology alone', () => {
    expect(report(id, 'The store opens at nine.', { channel: 'chat' })).toEqual([]);
  });

  // What will happen, who will help, where to go, what to send: each a next step after an apology, worded as real replies word them.
  it.each([
    'Sorry for the delay. The new departure time is 1:10pm.',
    "I'm sorry about the wait. This should be rectified by the end of the day.",
    'Sorry for the crowding on board. More carriages are coming from January to add seats.',
    'Sorry for the delay. Our airport staff are ready to rebook you at the desk.',
    "I'm sorry for the trouble, but this is a known issue we're actively working to fix.",
    "Sorry, I couldn't follow that, kindly explain what happened when you logged in.",
    "I'm sorry to hear this, please can you let me know which station you left from?",
    "Sorry about that. If you contact our Sales team, they'll be able to assist.",
    'Sorry for the wait. The order is being held at customs until Monday, not cancelled.',
    'Sorry for the trouble. We appreciate your patience & will do our best to make up the time.',
    "Sorry about that! Please let us know if it doesn't arrive by tomorrow.",
    // From the shared corpus, judged by hand: a connection offered, a fix made by someone else, work under way,
    // stock awaited, a request put as "we only ask that you …", a case already handled.
    "I'm sorry for the alteration. The service has terminated at Ealing Broadway with a connection to Paddington on another train.",
    'Apologies for the delays. Network Rail have now rectified the issue.',
    'Really sorry for the cancellation. Our maintenance teams are working hard to improve these issues.',
    'Our apologies for the inconvenience. We hope to receive more inventory in the near future.',
    'I apologize for the frustration. We only ask that you connect a device to the modem directly to test it.',
    'We understand your issue has been discussed and communicated.',
    'Captured. Sorry for the inconvenience.',
    // Work under way said with its verb left out after "and", a team "on it", a hand-over with a contracted "has".
    'Sorry about that. Engineers are aware and looking into it.',
    'Sorry about that. The outage is known and being investigated.',
    "Sorry about that. We're aware of it and investigating.",
    'Sorry about that. Our IT team is on it.',
    "Sorry about that. It's been passed along to the right people.",
    "Sorry about that. They've been refunded in full.",
    // A noun phrase and its verb in -s, with no auxiliary, before a time or an object.
    'Sorry for the trouble. Your replacement ships tomorrow.',
    'Sorry for the wait. The new timetable starts on the 10th of December.',
  ])('sees the next step in %j', (text) => {
    expect(report(id, text, { channel: 'social' })).toEqual([]);
  });

  it('asks no next step of a notice that a change was made, unless it apologises', () => {
    expect(report(id, 'Hi Sam,\n\nWe want to inform you that your password has changed from your customer panel.')).toEqual([]);
    expect(report(id, 'Hi Sam,\n\nYour email address has been updated.\n\nBest,\nAna')).toEqual([]);
    expect(report(id, "Hi Sam,\n\nWe want to inform you that your password has changed. We're sorry for the trouble.\n\nBest,\nAna")).toHaveLength(1);
  });

  it('takes gladness beside an apology for an apology, not for thanks for praise', () => {
    expect(report(id, "We're sorry for the delay, but we're glad you've arrived now.", { channel: 'social' })).toHaveLength(1);
    expect(report(id, 'Glad you made the onward flight, Rebecca, sorry to hear about the trouble on board.', { channel: 'social' })).toHaveLength(1);
    expect(report(id, "We're so glad you're enjoying it. Thanks for the kind words!", { channel: 'social' })).toEqual([]);
  });

  it('sees no next step in a time that is over: "that offer expired yesterday"', () => {
    expect(report(id, "That offer expired yesterday, we're very sorry!", { channel: 'social' })).toHaveLength(1);
    expect(report(id, "I'm sorry. The refund was already processed and should reflect soon.", { channel: 'social' })).toEqual([]);
  });

  it('takes moving this matter to private messages for the next step on social media, not a door left open for anything else', () => {
    // The case goes to DM: the usual next step of a public reply.
    for (const text of [
      "@sam Our apologies, if you'd like to share additional details about your concern, please feel free to DM us. ^JD",
      '@sam Sorry about that! Please feel free to DM us with details.',
      '@sam Sorry about that! Feel free to send us a DM with your booking reference.',
    ]) {
      expect(report(id, text, { channel: 'social' }), text).toEqual([]);
    }
    // Help with anything else, offered after the apology, is still no next step for this problem.
    for (const text of [
      '@sam Sorry to hear that! DM us if there is anything else we can do.',
      "@sam We're sorry to hear this. Please DM us if there's anything we can help with in the meantime.",
      '@sam Sorry! If you need anything else, DM us any time.',
      '@sam Sorry to hear that! Let us know if you have any other questions.',
      // Help, or a talk, offered on a condition: every labelling round read these as the door, not the case taken on.
      '@sam Sorry for the late reply. Please DM us if you still need assistance. ^KM',
      '@sam Sorry to see this. Please feel free to DM us if you would like to discuss this further. -Jack',
      '@sam Sorry to see this. Please feel free to DM us if you would like discuss this further. -Jack',
    ]) {
      expect(report(id, text, { channel: 'social' }), text).toHaveLength(1);
    }
  });

  it('does not judge a part that says the reply goes on, and judges the last part on its own', () => {
    // A post marked "1/3" is not the whole reply: the next step may be in the posts that follow, as its invitation and
    // the way forward after a limit may. (Annotators of real tweets marked some such parts as missing a next step; two
    // hand reviews of the corpus's reports judged those reports wrong or doubtful, since part 2 carries the step.)
    expect(report(id, '@152548 apologies for the inconvenience caused 1/2 ^HP', { channel: 'social' })).toEqual([]);
    expect(report(id, "@sam Hi there, thanks for getting in touch. I'm really sorry but we are experiencing a few system issues with our website. 1/3", { channel: 'social' })).toEqual([]);
    expect(report(id, "@sam Hi there, thanks for getting in touch. I'm really sorry but we are experiencing a few system issues with our website. (1/3) ^MK", { channel: 'social' })).toEqual([]);
    // The last part closes the reply: it is judged on its own, as it reaches the customer.
    expect(report(id, '@152548 2/2 apologies for the inconvenience caused ^HP', { channel: 'social' })).toEqual(['1:9-1:51 require-next-step "2/2 apologies for the inconvenience caused"']);
    expect(report(id, '(2/2) We apologise for the inconvenience caused.', { channel: 'social' })).toHaveLength(1);
    expect(report(id, "@sam Hi there, thanks for getting in touch. I'm really sorry but we are experiencing a few system issues with our website. 3/3", { channel: 'social' })).toEqual([
      "1:45-1:123 require-next-step \"I'm really sorry but we are experiencing a few system issues with our website.\"",
    ]);
  });

  it('reads a question broken off by the part number as a question: the customer is asked for something', () => {
    expect(report(id, "@338369 Hi Nicola. Sorry for the late reply. We're not aware of any issues with the website or the app at the moment. What error message (1/2)", { channel: 'social' })).toEqual([]);
    expect(report(id, "@338369 Hi Nicola. Sorry for the late reply. We're not aware of any issues with the website or the app at the moment. (2/2)", { channel: 'social' })).toHaveLength(1);
  });

  it('takes understanding of the trouble, with no apology, as calling for a next step on social media too', () => {
    const social = (text: string): string[] => report(id, text, { channel: 'social' });
    expect(social("@sam You're welcome. We understand why you feel this way. We know how precious pets are. ^DH")).toEqual([
      '1:22-1:58 require-next-step "We understand why you feel this way."',
    ]);
    expect(only(id, '@sam I understand your concern. Delivery estimates depend on the stock. ^MK', { channel: 'social' })[0]!.reason).toBe(
      'This sympathy is not followed by a next step; say what you have done, what will happen next, or what the customer can do',
    );
    expect(social("@sam You'd only be able to get this on an eligible tariff. We're sorry you feel this way.")).toEqual([
      '1:60-1:90 require-next-step "We\'re sorry you feel this way."',
    ]);
    // Other sympathy ("Oh no!", "That sounds like a great plan!") does not by itself say something is wrong.
    expect(social('@sam That sounds like a great plan, Magnus! We hope you enjoy your trip.')).toEqual([]);
    expect(social('@sam I understand your concern. I have raised it with the store manager today.')).toEqual([]);
  });
});

describe('require-next-step on a template whose answer is a placeholder', () => {
  const template = (answer: string): string => `Hi {customer_name},\n\nHere’s the situation with **{issue}**:\n\n${answer}\n\nLet me know if you need anything else.\n\nBest,\n{agent_name}`;

  it('stays quiet where a placeholder stands as a sentence of its own: the helpdesk may put the step there', () => {
    expect(report(id, template('**{explanation}**'), { template: true, format: 'markdown' })).toEqual([]);
    expect(report(id, template('{{ticket.latest_comment}}'), { template: true })).toEqual([]);
  });

  it('still reports where the placeholders are only names inside the words', () => {
    expect(report(id, template('**{issue}** is a common question, {customer_name}.'), { template: true, format: 'markdown' })).toHaveLength(1);
  });

  it('still reports the same text when it is not a template', () => {
    expect(report(id, template('**{explanation}**'), { format: 'markdown' })).toHaveLength(1);
  });
});

describe(`${id}: patience asked for, a wish and sympathy in other words are no next step`, () => {
  const social = (text: string) => report(id, `@sam ${text} ^AB`, { channel: 'social' });

  it('reports an apology followed only by a request for patience', () => {
    expect(social("We're sorry your order is late. Hang tight!")).toEqual(['1:6-1:37 require-next-step "We\'re sorry your order is late."']);
    expect(social('Sorry for the delay. Please bear with us.')).toEqual(['1:6-1:26 require-next-step "Sorry for the delay."']);
    // Patience with something to do beside it is a step; "hang on to" keeps something.
    expect(social('Sorry for the delay. Please bear with us and send us your order number.')).toEqual([]);
    expect(social('Sorry about the mix-up. Hang on to your receipt.')).toEqual([]);
  });

  it('reports an apology followed only by a wish for the outcome, but not by a firm time', () => {
    expect(social('Sorry! Hope it gets sorted soon.')).toEqual(['1:6-1:12 require-next-step "Sorry!"']);
    expect(social("Sorry! It's back up within the hour.")).toEqual([]);
  });

  it('reads "That\'s not what we like to hear" as sympathy that needs a next step', () => {
    const [message] = only(id, "@sam That's not what we like to hear. We appreciate you letting us know. ^AB", { channel: 'social' });
    expect([message!.line, message!.column, message!.actual]).toEqual([1, 6, "That's not what we like to hear."]);
    expect(message!.reason).toBe('This sympathy is not followed by a next step; say what you have done, what will happen next, or what the customer can do');
    expect(social("That's not what we like to hear. We've refunded the charge.")).toEqual([]);
  });
});

describe(`${id}: the cause of a delay is no schedule`, () => {
  it('reports an apology followed only by what caused the delay ("is due to more trains …")', () => {
    expect(report(id, '@sam Apologies for the delay this morning. This is due to more trains than usual needing repairs. ^AB', { channel: 'social' })).toEqual([
      '1:6-1:43 require-next-step "Apologies for the delay this morning."',
    ]);
    // "Due to arrive at" is a schedule: what happens next.
    expect(report(id, '@sam Apologies for the delay. The next train is due to arrive at 10:15. ^AB', { channel: 'social' })).toEqual([]);
  });
});

describe(`${id}: small talk after an apology, and "not the perception we want"`, () => {
  it('takes "It\'s been quite a day" for small talk, not news of what comes next', () => {
    expect(report(id, "@sam I'm sorry about your delays today. It's been quite a day here in the PNW. -Julie", { channel: 'social' })).toEqual([
      '1:6-1:40 require-next-step "I\'m sorry about your delays today."',
    ]);
    // "'s been" + a participle is still a deed done.
    expect(report(id, "@sam I'm sorry about your delays today. It's been fixed now. -Julie", { channel: 'social' })).toEqual([]);
  });

  it('reads "This is not the perception we want you to have of us" as sympathy', () => {
    const act = readReply('@sam This is not the perception we want you to have of us. ^DDG', { channel: 'social' }).sentences[1]!.act;
    expect(act).toBe('empathy');
  });
});

describe(`${id}: offers of more help after an apology are no next step`, () => {
  const social = (text: string) => report(id, text, { channel: 'social' });

  it('reports an apology followed only by "happy to assist", "still needing assistance?" or "anything we may assist with?"', () => {
    expect(social('@sam I am sorry you are having this issue, I will be happy to assist you with resolution. -FR')).toEqual([
      '1:6-1:90 require-next-step "I am sorry you are having this issue, I will be happy to assist you with resolution."',
    ]);
    expect(social('@sam We apologize, are you still needing assistance? -JP')).toEqual(['1:6-1:53 require-next-step "We apologize, are you still needing assistance?"']);
    expect(social('@sam Our apologies for the inconvenience. Is there anything we may be able to assist with? ^AP')).toEqual([
      '1:6-1:42 require-next-step "Our apologies for the inconvenience."',
    ]);
  });

  it('leaves an apology followed by a request for what is needed', () => {
    expect(social("@sam Sorry to see this. Please DM us your order number and we'll look into it. -Jack")).toEqual([]);
    expect(social("@sam Sorry about that. I'll be happy to assist: please send us your order number. -FR")).toEqual([]);
  });
});

describe(`${id}: a delay with no time is news, not what happens next`, () => {
  it('reports the apology after "departure is being delayed", and leaves one with the new time', () => {
    const social = (text: string): string[] => report(id, text, { channel: 'social' });
    expect(social("@sam It hasn't been cancelled but departure is being delayed I'm afraid, apologies ^HP")).toHaveLength(1);
    expect(social("@sam Departure is being held until 14:10, apologies for the wait. ^HP")).toEqual([]);
    // A status with no time is news (round 10's label): it was a must-leave case before, with no time in it.
    expect(social('@sam Sorry for the wait. The order is being delayed at customs, not cancelled.')).toHaveLength(1);
  });
});

describe(`${id}: what looks like a step or a question and is neither`, () => {
  it('reads a version as one word: "after the 1.4 patch" holds no step "patch"', () => {
    expect(report(id, "Sorry you're seeing the error after the 1.4 patch.", { channel: 'chat' })).toEqual([
      `1:1-1:51 require-next-step "Sorry you're seeing the error after the 1.4 patch."`,
    ]);
    expect(readReply('It broke after the 2.0 update.', { channel: 'chat' }).body.map((s) => s.act)).toEqual(['news']);
    expect(readReply('Update to 1.4.2 and restart.', { channel: 'chat' }).body.map((s) => s.act)).toEqual(['step']);
  });

  it('takes "was there something else you needed help with?" for the offer of more help it is, not a question that moves the case', () => {
    expect(readReply('Was there something else you needed help with today?', { channel: 'chat' }).body.map((s) => s.act)).toEqual(['invitation']);
    expect(report(id, "I'm sorry half your order was missing. Was there something else you needed help with today?", { channel: 'chat' })).toEqual([
      `1:1-1:39 require-next-step "I'm sorry half your order was missing."`,
    ]);
  });
});

describe(`${id}: reading the letter, and sympathy said with an intensifier, are no deeds`, () => {
  it.each([
    ["I've now read your letter about your stay. We value all feedback from our guests.", `3:1-3:82 require-next-step "I've now read your letter about your stay. We value all feedback from our guests."`],
    ['I was very sorry to read that the room was not ready on arrival.', '3:1-3:65 require-next-step "I was very sorry to read that the room was not ready on arrival."'],
    ['We were so sorry to hear about it.', '3:1-3:35 require-next-step "We were so sorry to hear about it."'],
  ])('%j', (text, expected) => {
    expect(report(id, email(text))).toEqual([expected]);
  });

  it('still reads a deed with an adverb before it', () => {
    expect(readReply('We quickly refunded it.', { channel: 'email' }).body.map((s) => s.act)).toEqual(['action']);
  });
});

describe(`${id}: steps after a colon`, () => {
  it('reads the imperatives after a colon as the steps, and a time as one word', () => {
    expect(readReply('The inverter has to be reconnected: hold the button for five seconds.', { channel: 'email' }).body.map((s) => s.act)).toEqual(['step']);
    expect(report(id, email('Sorry the app stopped showing your figures. The inverter has to be reconnected: hold the button for five seconds.'))).toEqual([]);
    // "leaves at 12:31 pm and arrives …": the colon of a time opens no steps.
    expect(readReply('DL159 leaves at 12:31 pm and arrives at 4:30 pm.', { channel: 'social' }).body.map((s) => s.reading.acts.includes('step'))).toEqual([false]);
  });
});

describe(`${id}: sympathy that places the trouble in time`, () => {
  it('does not take the time of the trouble for news of what comes next', () => {
    expect(report(id, 'Really sorry Mark, a late bus this morning is the last thing anyone needs on the way to work.', { channel: 'social' })).toEqual([
      '1:1-1:94 require-next-step "Really sorry Mark, a late bus this morning is the last thing anyone needs on the way to work."',
    ]);
    expect(report(id, "Sorry you're running into the save bug, that's the worst when you've put 60 hours into a run.", { channel: 'chat' })).toEqual([
      `1:1-1:94 require-next-step "Sorry you're running into the save bug, that's the worst when you've put 60 hours into a run."`,
    ]);
    // With a word of what is to come, the time is news of it.
    expect(report(id, 'Sorry for the wait, your parcel will be with you on Monday.', { channel: 'social' })).toEqual([]);
  });
});

describe(`${id}: sympathy in words of judgement, a fault owned, and the customer's own report said back`, () => {
  it('reports sympathy that says "rotten luck", "is a miserable start" or "Frustrating, we know" with nothing after it', () => {
    expect(report(id, 'Sorry Graham, that\'s rotten luck. A soggy paper on a Sunday morning is a miserable start.', { channel: 'social' })).toEqual([
      '1:1-1:34 require-next-step "Sorry Graham, that\'s rotten luck."',
    ]);
    expect(report(id, "Frustrating, we know. Points from the late kick-off haven't come through tonight.", { channel: 'social' })).toEqual([
      '1:1-1:22 require-next-step "Frustrating, we know."',
    ]);
  });

  it('takes "we let your family down" for a fault owned, not a deed on the case', () => {
    expect(report(id, "We're so sorry, Hayley. We let your family down.", { channel: 'social' })).toEqual(['1:1-1:24 require-next-step "We\'re so sorry, Hayley."']);
    expect(readReply('We let your family down.', { channel: 'social' }).sentences.map((s) => s.act)).toEqual(['apology']);
    // What is being done after "and", with the writer's subject left out, still moves the case.
    expect(report(id, 'We let you down and I am deeply sorry for that. We are committed to you, and are taking immediate corrective action.', { channel: 'social' })).toEqual([]);
  });

  it('reads "You wrote to us about the mice you can still hear" as the report said back, no step and no time to come', () => {
    const text = email('You wrote to us about the mice you can still hear in the kitchen ceiling, two weeks after our visit. Mice often keep moving about for a while after baiting.');
    expect(report(id, text)).toEqual([
      '3:1-3:157 require-next-step "You wrote to us about the mice you can still hear in the kitchen ceiling, two weeks after our visit. Mice often keep moving about for a while after baiting."',
    ]);
  });
});

describe(`${id}: explanations read as what they are`, () => {
  it('reads a cause, how such things go, a subject that only looks like an order, and a day that mattered as no next step', () => {
    expect(report(id, "@li Sorry for the fright, Li! Our scooters drop to walking pace inside slow zones. That's most likely what cut your speed on Tuesday. ^DN", { channel: 'social' })).toEqual([
      '1:5-1:30 require-next-step "Sorry for the fright, Li!"',
    ]);
    expect(report(id, "Oh Sara, that's heartbreaking. A cracked top tier on your mum's 70th birthday cake, on a day that mattered so much. We're so sorry", { channel: 'social' })).toEqual([
      '1:1-1:31 require-next-step "Oh Sara, that\'s heartbreaking."',
    ]);
    expect(report(id, email("I'm sorry the crown came loose. It happens to a small number of crowns in the first few months."))).toEqual([
      '3:1-3:32 require-next-step "I\'m sorry the crown came loose."',
    ]);
    expect(report(id, email("Mould of this kind is something we see a lot of. It's a horrible thing to find."))).toEqual([
      '3:50-3:80 require-next-step "It\'s a horrible thing to find."',
    ]);
    expect(report(id, email('Sorry about the sync. Position syncing has been wobbly since our server move at the weekend.'))).toEqual([
      '3:1-3:22 require-next-step "Sorry about the sync."',
    ]);
    // What is expected still is: "Refunds usually take 3-5 days".
    expect(report(id, email('Sorry about the wait. Refunds usually take 3-5 days to reach your card.'))).toEqual([]);
  });
});

describe(`${id}: a length is no time to come`, () => {
  it('reads "sessions run for 40 minutes" as how things are', () => {
    expect(report(id, email("I'm sorry the session felt short. Our standard follow-up sessions run for 40 minutes."))).toEqual([
      '3:1-3:34 require-next-step "I\'m sorry the session felt short."',
    ]);
  });
});
