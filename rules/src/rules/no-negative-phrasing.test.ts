import { describe, expect, it } from 'vitest';
import { email, fixed, only, report } from '../../test/helpers.js';
import { readReply } from '../lint.js';

const id = 'no-negative-phrasing';

describe(id, () => {
  it('rewrites a burden phrase as an invitation, keeping case and punctuation', () => {
    expect(report(id, 'You need to clear your cookies.')).toEqual(['1:1-1:12 no-negative-phrasing "You need to" → "Please"']);
    expect(fixed(id, 'You need to clear your cookies.')).toBe('Please clear your cookies.');
    expect(fixed(id, 'To get started, you need to check your order number.')).toBe('To get started, please check your order number.');
    expect(fixed(id, 'YOU MUST RESTART THE APP.')).toBe('PLEASE RESTART THE APP.');
  });

  it('reports "Unfortunately" before a no with no rewrite: deleting it leaves the no, blunter', () => {
    // With no way forward anywhere in the reply; "out of stock until May" alone would be honest news. A hand review of
    // corpus reports judged the old rewrite (the word deleted) worse than the reply as written.
    expect(only(id, 'Unfortunately, the sale has ended.').map((m) => [m.actual, m.expected])).toEqual([['Unfortunately', []]]);
    expect(only(id, 'The blue one is, unfortunately, sold out.').map((m) => [m.actual, m.expected])).toEqual([['unfortunately', []]]);
  });

  it('says when something will be available instead of when it won\'t', () => {
    expect(fixed(id, "The feature won't be available until May.")).toBe('The feature will be available from May.');
  });

  const invalid: Array<[string, string]> = [
    ['You must send the form before Friday.', 'You must'],
    ['To continue, you have to verify your email.', 'you have to'],
    ['I want you to restart the router.', 'I want you to'],
    ['I need you to send a photo of the label.', 'I need you to'],
    ['You should read the setup guide first.', 'You should'],
    ['You are required to sign in again.', 'You are required to'],
    ['We cannot refund digital purchases.', 'We cannot'],
    ["We're unable to change the address now.", "We're unable to"],
    ['That is not possible with your plan.', 'That is not possible'],
    ["There's nothing we can do about the delay.", "There's nothing we can do"],
    ["I'm afraid the sale has ended.", "I'm afraid"],
    ['You forgot to enter the code.', 'You forgot to'],
    ['You should have read the terms.', 'You should have'],
    ["That's not our fault.", "That's not our fault"],
    ['Like I said, the store opens at nine.', 'Like I said, the'],
    ['As mentioned earlier, we deliver before the estimated date.', 'As mentioned earlier, we'],
    ['As explained before, the fee is fixed.', 'As explained before, the'],
    ['Please calm down so we can help.', 'calm down'],
    ['Refunds after 30 days are against our policy.', 'are against our policy'],
    ["Our policy doesn't allow exchanges on sale items.", "Our policy doesn't allow"],
    ['Obviously, the battery must be charged first.', 'Obviously, the'],
    ["It won't be available in your region.", "won't be available"],
    // Deflection, lectures and refusals in other words.
    ["Please do believe we didn't mean it; such an issue was out of our control.", 'was out of our control'],
    ['I already told you that the refund was processed.', 'I already told you'],
    ['Did you even read my previous message?', 'Did you even'],
    ["Returns shipping is the customer's responsibility.", "is the customer's responsibility"],
    ['Your request has been denied.', 'Your request has been denied.'],
    ["We won't be able to help you with that.", "We won't be able to"],
    ['You should have checked the size chart before ordering.', 'You should have'],
    ["We're sorry about the wait, but we're afraid that you must install the update first.", 'you must'],
    // Requirements worded "you must have" + a participle are still burdens; only a guess about the past is not.
    ['You must have been a member for 30 days to qualify.', 'You must'],
    ['You must have installed version 3 or later.', 'You must'],
    // How the customer should have asked, instead of the answer.
    ['This question has been answered many times on the forum.', 'has been answered many times'],
    ['Please search the tracker before opening a new issue.', 'Please search the tracker before opening'],
    ['The limit is clearly documented in the guide.', 'is clearly documented'],
    ['Next time, please use the bug report template.', 'Next time, please'],
    ['Please refrain from posting the same question twice.', 'Please refrain from'],
    ["As you've been told, the store is closed on Sundays.", "As you've been told"],
    // Telling the customer they are wrong, handing the problem back, pointing at someone else, and a threat in other words.
    ['You are wrong about the second charge.', 'You are wrong'],
    ['You misunderstood the offer.', 'You misunderstood'],
    ['You must have mistyped the code.', 'You must have mistyped'],
    ['It is your responsibility to keep your password safe.', 'It is your responsibility'],
    ['That was your own mistake.', 'That was your own mistake'],
    ['The delay was caused by the courier, not us.', 'not us'],
    ['Failure to reply will result in account termination.', 'will result in account termination'],
    ['Posting it again could lead to a permanent ban.', 'could lead to a permanent ban'],
    // Lectures, refusals and policy in other words.
    ['I already explained this to you in my last email.', 'I already explained this'],
    ['Please stop emailing us about this.', 'Please stop emailing'],
    ['There is nothing more we can do.', 'There is nothing more we can do'],
    ["This isn't something we can change.", "isn't something we can change"],
    ['Our policy clearly states no refunds after 14 days.', 'policy clearly states no'],
    // The lesson given before the instruction, the company's constraints held up to be accepted, and a project's rule.
    ['Before opening a new ticket, please search the help centre.', 'Before opening a new ticket, please'],
    // The refusal is the report, not the softener before it (a reviewer: "the marked word is not the problem; the refusal is").
    ['Unfortunately, we do not ship to PO boxes.', 'Unfortunately, we do not ship to PO boxes.'],
    // The rule held over the customer, talking down, lectures for not remembering, a sanction's reason, dismissal, and
    // refusals said of the product or of the people.
    ["You're supposed to register the product within 30 days.", "You're supposed to"],
    ['Clearly, the instructions were not followed.', 'Clearly, the'],
    ['You were told this already in our previous email.', 'You were told this already'],
    ['If you had read the manual, you would have known.', 'If you had read'],
    ['This is the third time you have asked us this.', 'the third time you have asked'],
    ['Your account was suspended for violating our terms.', 'for violating our terms'],
    ['It is what it is.', 'It is what it is'],
    ['The warranty does not cover accidental damage.', 'The warranty does not cover accidental damage.'],
    ['That is simply not how our system works.', 'That is simply not how our system works.'],
    ["That's not something we support.", "That's not something we support."],
    ['Nobody here can help with that.', 'Nobody here can help with that.'],
    // Said without the goal it serves, the same words hand the task over.
    ["You'll need to call the billing team yourself.", "You'll need to"],
    // One report for one no: the rule quoted, not the softener before it.
    ['Unfortunately, any change would be as per the fare rules of your ticket.', 'as per the fare rules'],
    ['In future, please use the contact form instead of replying here.', 'In future, please'],
    ['Remember that our agents handle hundreds of requests a day.', 'Remember that our'],
    ['Please understand that the answer is still no.', 'Please understand that'],
    ['Tickets must follow the template in the wiki.', 'Tickets must follow'],
    // Policy held up as the reason for a limit with nothing offered, and warnings, legal lines and blame even with a way
    // forward beside them.
    ["We operate a strict no-refund policy on sale items. That's final.", 'We operate a strict no-refund policy'],
    ['We reserve the right to cancel orders with a wrong address. Please check it on the order page.', 'We reserve the right to'],
    ['Failure to do so will result in your account being suspended. Please update your details here: https://example.com', 'Failure to do so will result in'],
    ['Repeated chargebacks can lead to your account being closed. Please contact us first next time.', 'can lead to your account being closed'],
    ['Any further abuse of the chat will end this conversation. I can still help with your order.', 'Any further abuse'],
    ['We are not liable for losses caused by the courier. I have opened a claim with them for you.', 'We are not liable for'],
    ['Keep in mind that our team monitors activity for abuse. Your account is active again.', 'our team monitors activity for'],
    // The team named in two words: "our network security teams".
    ['Keep in mind that our network security teams continually monitor activity in case of abuse.', 'our network security teams continually monitor activity in case of'],
    ["You clearly didn't follow the setup guide; the steps are here: https://example.com/setup", "You clearly didn't"],
    ['You are using it wrong; hold the button for five seconds instead.', 'You are using it wrong'],
    ["I've told you already that the order shipped on Monday. Here is the tracking link: https://example.com", "I've told you already"],
    ['You agreed to these terms when you signed up; the fee is in section 4.', 'You agreed to these terms'],
    ["You're not entitled to a refund after 30 days, but I can offer store credit.", "You're not entitled to"],
    ['You are expected to provide a minimal reproduction.', 'You are expected to'],
    ['This question has been asked and answered many times before; the answer is in the FAQ.', 'has been asked and answered many times'],
    ['Your topic has been closed because it violates the forum rules.', 'because it violates the forum rules'],
  ];
  it.each(invalid)('reports %j', (text, actual) => {
    const lines = report(id, email(text));
    expect(lines.some((l) => l.includes(JSON.stringify(actual)))).toBe(true);
  });

  const valid = [
    // A pointer within the reply is no reminder of what the customer forgot.
    'As noted earlier in this email, the fee is fixed.',
    'As mentioned above, the store opens at nine.',
    // An issue tracker's status, from the shared corpus: not a refusal.
    "I can't reproduce the issue with the latest build; could you share your settings file?",
    "We couldn't see the error in the logs you attached, so I've asked for a debug build.",
    "You won't be charged again.",
    "There's no need to send it back.",
    "Don't worry, your data is safe.",
    'Do you need to change the address?',
    'If you need to reach us, call 0800 123 456.',
    "We can't wait to hear how it goes!",
    'You should receive the email within the hour.',
    "You should've received a confirmation by now.",
    "That's not the experience we want you to have, and I've refunded the fee.",
    'We couldn\'t agree more!',
    'Here are the steps you need to take: open Settings, then Privacy.',
    'The customer wrote "you must be joking", and I understand why.',
    "We can't guarantee the aircraft, but I've noted your seat preference.",
    'Our lifetime guarantee covers this.',
    "The delay is out of our control, but I've asked the courier to call you today.",
    'Did you check your spam folder?',
    // An epistemic "should have", an idiom of enthusiasm, praise worded with "can't".
    'If you are on the Pro tier, then you should have the paid plan in your account.',
    "It's flying off the shelves, so you have to be quick!",
    "We can't think of anything better! Enjoy your new phone.",
    // From the shared corpus, judged by hand: a warning that protects the customer's data, hedged advice, a policy aimed at
    // others, the writer's own limit, honest uncertainty, what the writer finds, and who decides.
    "Please don't provide your order details here, as we consider them to be personal information.",
    'This sounds like a question for the mailing list, so you should probably ask it there.',
    'Our policy prohibits sellers from profiting on natural disasters, and the team is removing these listings.',
    "We can't guarantee which aircraft will operate the route. It may be a refreshed cabin.",
    "We wouldn't have the specifics on exactly when it will be made available by EA.",
    "We're not seeing that you took that flight.",
    'We do not determine what the broadcaster airs at certain times.',
    // A limit that gives the option in the same breath, a regret after the answer, and a way to follow the news.
    "If the bag doesn't make it, we can't pay to have it shipped, but you would be able to pick it up.",
    "This isn't the case unfortunately, Helen.",
    "We've passed this to the dev team. For now, you will need to remove the user manually in the admin console.",
    "At the moment we don't have any information about double XP, so keep an eye on Twitter for news.",
    "You're welcome to update this PR once the issue is open, though until then we won't be able to review it.",
    // Others told the customer something: no lecture. Reading before a change is advice, not a scolding.
    "I'm confused why you have been told this; please give us a call and we'll replace the order.",
    'Please read the upgrade guide before upgrading to version 3.',
    "Next time we ship an update, we'll email you first.",
    // Agreeing, reassuring, and "not us" inside a clause that goes on.
    "You're not wrong to be frustrated, and I've refunded the fee.",
    'You misunderstood nothing; the page was unclear, and I have fixed it.',
    "It was sent by the warehouse, not us, so I've asked them to resend it.",
    "It's your choice which plan suits you.",
    'You must have received the email by now.',
    // Reassurance, doubt taken back, a redirection, a country, and a warning about data rather than a threat.
    "Please don't think it's your fault; I've refunded the fee.",
    "I don't want you to feel this is your fault, and I've refunded the fee.",
    'I assumed you were mistaken, but you were right, and I have refunded the fee.',
    'For a chargeback, please contact your bank, not us.',
    "It's available in Canada, not US.",
    'Clearing the cache can lead to data deletion, so back up your drafts first.',
    // A softener after the news, and honesty about a timeline nobody has yet.
    "Departure is delayed, I'm afraid.",
    "While we can't confirm a timeline, we'll update this thread as soon as the fix ships.",
    // What a project needs, said with its reason.
    'For legal reasons, we require that all commits are signed before we can merge them.',
    // A reassurance about the customer's data, and a step worded with "clearly".
    'We do not share your data with third parties.',
    'Clearly label the box with your order number.',
    // What the customer's own goal will need, said after it: a how-to, not an order.
    "To prevent future recordings, you'll need to remove the show from your series list.",
    'In order to resolve the conflict, you will have to sync the latest changes from main.',
    // Regret before news, not before a no: honest expectation-setting.
    'Unfortunately, the volume of orders was far higher than expected this week.',
    'Unfortunately, loyalty points are added once the flight has been flown.',
    // Kind help about the future, remembering for the customer, and what this case needs (a step, not a rule).
    'If you need help in future, please reach out here again.',
    "Please remember that your discount code is on the receipt; I've resent it too.",
    'We require your order number to find the booking, so please send it over.',
    'If the ticket is closed, reply here and it will reopen.',
    // Policy that gives the customer something, with its terms; a policy named as information; watching a status page.
    "As per our refund policy, you can return it within 30 days as long as you haven't opened it.",
    'According to our policy, you are entitled to a full refund, which I have issued today.',
    'We have a 30-day return policy, so you can still send it back until June 5.',
    'We monitor the status page closely and will post updates there.',
    "I've told you what I know so far, and I'll write again tomorrow with the courier's answer.",
    // A policy given as the reason for a no, with the way forward in the reply: the guideline's "a limit that already
    // gives the way forward" (an annotator's label of a real reply worded so agreed).
    'Due to our privacy policy, we will have to speak to the account holder. Please ask them to call us.',
    'We operate a strict no-refund policy on sale items. I can offer you store credit instead.',
  ];
  it.each(valid)('leaves %j alone', (text) => {
    expect(report(id, email(text))).toEqual([]);
  });

  // A limit with nothing offered after it, however it is worded: only a conditional offer of "anything else", a notice, the
  // thing as the subject, or a pointer to more reading about the decision.
  it.each([
    "We don't offer a standby service to our customers. If we can help with anything else, please let us know.",
    'Please note that we do not offer such services. Thank you for choosing us.',
    "At this time the travel credit can't be transferred. Apologies for any confusion.",
    "Unfortunately, because it has been more than 90 days, we can't accept the return. Is there anything else I can help with?",
    'This is out of scope for the project. Please see this page for more information about our reasoning: https://example.com/scope',
  ])('reports a door closed with nothing offered: %j', (text) => {
    expect(report(id, text, { channel: 'social' }).length).toBeGreaterThan(0);
  });

  it.each([
    "We don't offer a standby service, but you can book a flexible fare here: https://example.com/fares",
    "The travel credit can't be transferred, so I've refunded it to your card instead.",
    'Please note that the store opens at nine tomorrow.',
    // A question that moves the case: the writer is still on it.
    "We wouldn't have access to your account from here for security reasons. What were you advised when you called us?",
    // The alternative in the same sentence as the limit.
    "We don't ship to PO boxes, but we can send it to a pickup point near you.",
    'Our policy states that we refund within 5 days.',
  ])('leaves a limit with a way forward, or a plain notice, alone: %j', (text) => {
    expect(report(id, text, { channel: 'social' })).toEqual([]);
  });

  it('reads a run of capitals as ending at the first word that is not in capitals', () => {
    // "YOU" and "PDF" are two runs of one word each, not one run from "YOU" to "PDF".
    expect(report(id, email('Thanks! YOU can find the PDF in your inbox.'))).toEqual([]);
    expect(report(id, email('Thanks! YOU MUST read the PDF.'))).toEqual(['3:9-3:17 no-negative-phrasing "YOU MUST" → "PLEASE"']);
  });

  it('reads a threat said with a contracted "will", in any case, as one report from its subject', () => {
    expect(report(id, email("I've restored the post. You'll be banned if you do that again."))).toEqual([
      `3:25-3:41 no-negative-phrasing "You'll be banned"`,
    ]);
    // In capitals the threat is the report; the shouting around it is not a second one.
    expect(report(id, email("I've restored the post. YOU'LL BE BANNED IF YOU DO THAT AGAIN."))).toEqual([
      `3:25-3:41 no-negative-phrasing "YOU'LL BE BANNED"`,
    ]);
    // "We'll be closed on Monday" is news about the writer, no threat.
    expect(report(id, email("I've restored the post. We'll be closed on Monday, back on Tuesday."))).toEqual([]);
  });

  it('takes a run of capitals that opens with a contracted "you" or "won\'t" as shouting', () => {
    expect(report(id, email("I've restored the post. YOU'RE NOT LISTENING to the advice."))).toEqual([
      `3:25-3:45 no-negative-phrasing "YOU'RE NOT LISTENING" → "You're not listening"`,
    ]);
    expect(report(id, email("I've restored the post. It WON'T WORK that way, so use the app."))).toEqual([
      `3:28-3:38 no-negative-phrasing "WON'T WORK" → "won't work"`,
    ]);
  });

  it('takes words in capitals joined by a slash or an ampersand as one shouted run, and lowers it whole', () => {
    expect(report(id, email("I've split this topic. PLEASE DO NOT HIJACK / NECRO POST! Start a new topic instead."))).toEqual([
      '3:24-3:57 no-negative-phrasing "PLEASE DO NOT HIJACK / NECRO POST" → "Please do not hijack / necro post"',
    ]);
    // A slash after the run, before words in lower case, is not part of it.
    expect(report(id, email("I've split this topic. PLEASE DO NOT HIJACK / start a new topic instead."))).toEqual([
      '3:24-3:44 no-negative-phrasing "PLEASE DO NOT HIJACK" → "Please do not hijack"',
    ]);
  });

  it('reports a thing that cannot be done to it, whatever the verb, and leaves a reassurance alone', () => {
    const social = { channel: 'social' as const };
    expect(report(id, '@sam Your booking can\'t be amended online.', social)).toEqual([
      `1:6-1:43 no-negative-phrasing "Your booking can't be amended online."`,
    ]);
    expect(report(id, "@sam The promo code can't be reapplied.", social)).toEqual([`1:6-1:40 no-negative-phrasing "The promo code can't be reapplied."`]);
    // A noun before a plural noun and its verb is the subject, not an order ("Gift" is no imperative here).
    expect(report(id, '@sam Gift cards cannot be refunded.', social)).toEqual(['1:6-1:36 no-negative-phrasing "Gift cards cannot be refunded."']);
    expect(readReply('@sam Gift cards cannot be refunded.', social).sentences[1]!.act).toBe('refusal');
    // What the customer fears will not happen, and an emphasis, are no refusals.
    expect(report(id, "@sam Your data can't be accessed by anyone else.", social)).toEqual([]);
    expect(report(id, "@sam It can't be stressed enough how much we value you.", social)).toEqual([]);
    expect(readReply("@sam Sometimes agreements can't be reached with the content provider.", social).sentences[1]!.act).toBe('news');
    // The way forward given beside the limit.
    expect(report(id, "@sam Gift cards can't be refunded, but you can exchange them in store.", social)).toEqual([]);
  });

  it('keeps an order about a fact an order: "Please note orders are …", "Make sure cables are …"', () => {
    const acts = (sentence: string): string => readReply(`Hi Sam,\n\n${sentence}\n\nBest,\nAna`).sentences[1]!.act;
    expect(acts('Make sure cables are plugged in.')).toBe('step');
    expect(acts('Check boxes are ticked before you save.')).toBe('step');
    expect(acts('Order updates are emailed daily.')).toBe('news');
  });

  it('says a customer braced for a refusal is braced, not threatened', () => {
    const [message] = only(id, email('Thanks for the idea. Do not be surprised if the answer is no.'));
    expect([message!.line, message!.column, message!.actual]).toEqual([3, 22, 'Do not be surprised']);
    expect(message!.reason).toBe('"Do not be surprised" braces the customer for a no before anything is decided; say what you can do, and what happens next');
    // A rule quoted at the customer keeps its own message.
    expect(only(id, email('Refunds after 30 days are against our policy.'))[0]!.reason).toMatch(/quotes a rule or a threat at the customer/);
  });

  it("takes a template's stand-in in capitals for text to fill in, not shouting", () => {
    expect(report(id, email('Our findings:\n\n* INSERT THINGS TO DO HERE\n\nI have closed the ticket.'))).toEqual([]);
    expect(report(id, email('ADD YOUR NOTES HERE. I have closed the ticket.'))).toEqual([]);
    // The same words as an order are still shouting.
    expect(report(id, email('Our findings are below. PLEASE DO NOT reply here. I have closed the ticket.'))).toEqual(['3:25-3:38 no-negative-phrasing "PLEASE DO NOT" → "Please do not"']);
  });

  it('counts a request to share or send in a sentence that points to more reading as a way forward', () => {
    const text = 'Unfortunately, there is a lot of misinformation about this. For more details, please share your contact info here: https://example.com/new and we will reach out.';
    expect(report(id, text, { channel: 'social' })).toEqual([]);
    // A pointer to reading alone gives no way forward.
    expect(report(id, 'Unfortunately, that is not possible. Please see this article for more information: https://example.com/why', { channel: 'social' })).not.toEqual([]);
  });

  it('reports words in capitals once, under the report that already covers them', () => {
    expect(report(id, email('PLEASE DO NOT reply to this email.'))).toEqual(['3:1-3:20 no-negative-phrasing "PLEASE DO NOT reply"']);
    expect(report(id, email('Please read this. YOU MUST NOT share your password.'))).toEqual(['3:19-3:27 no-negative-phrasing "YOU MUST" → "PLEASE DO"']);
  });

  it('reports blame put out of the company\'s hands, even where the reply then says what is being done', () => {
    const text = email("The delay was out of our control. We've asked the carrier for an update and I'll email you tomorrow.");
    expect(report(id, text)).toEqual(['3:11-3:33 no-negative-phrasing "was out of our control"']);
  });

  it('leaves quoted customer text alone', () => {
    expect(report(id, email('> You must fix this now.\n> I can\'t log in.\n\nI\'ve reset your password.'))).toEqual([]);
    expect(report(id, `Hi Sam,\n\nI've reset it.\n\nBest,\nAna\n\nOn Mon, 3 Jun 2024, Sam wrote:\nYou must fix this, I can't log in.`)).toEqual([]);
  });
});

describe('no-negative-phrasing: a request opened with "please do not" and its reason', () => {
  it.each([
    'Please do not change unrelated lines. It makes your contribution harder to review.',
    'Please do not force-push to this branch, because it breaks the review history.',
  ])('leaves "%s" alone: the reason is given', (body) => {
    expect(report('no-negative-phrasing', email(body))).toEqual([]);
  });

  it('still reports the prohibition with no reason', () => {
    expect(report('no-negative-phrasing', email('Please do not comment on closed issues. Open a new one instead.'))).toHaveLength(1);
  });
});

describe('no-negative-phrasing: which words belong to a run of capitals', () => {
  const at = (body: string) => {
    const text = `Hi Sam,\n\nThanks for writing. ${body} Let us know if anything else comes up.\n\nBest,\nAna`;
    return only('no-negative-phrasing', text).map((m) => ({ actual: m.actual, expected: m.expected, start: m.place.start.offset! - text.indexOf(body) }));
  };

  it.each([
    // A word with small letters after its capitals ends the run: "FAQs", "MacOS".
    ['PLEASE CHECK FAQs first.', 'PLEASE CHECK', 'Please check'],
    ['PLEASE UPDATE MacOS first.', 'PLEASE UPDATE', 'Please update'],
    // A contraction in capitals is one word of the run, whatever follows its apostrophe.
    ["PLEASE DON'T OPEN NEW TICKETS.", "PLEASE DON'T OPEN NEW TICKETS", "Please don't open new tickets"],
    ['PLEASE DON’T OPEN NEW TICKETS.', 'PLEASE DON’T OPEN NEW TICKETS', 'Please don’t open new tickets'],
    ["PLEASE NOTE WE'LL CLOSE THIS TICKET.", "PLEASE NOTE WE'LL CLOSE THIS TICKET", "Please note we'll close this ticket"],
  ])('%s → "%s"', (body, actual, rewrite) => {
    expect(at(body)).toEqual([{ actual, expected: [rewrite], start: 0 }]);
  });
});

describe('no-negative-phrasing: a limit is left alone when the reply gives a way forward, and only then', () => {
  const limit = (body: string) => only('no-negative-phrasing', `Hi Sam,\n\n${body}\n\nBest,\nAna`).map((m) => m.actual);

  it.each([
    // A promise with nothing firm in it.
    ["We can't refund opened items. We'll do our best to help."],
    // An offer of more help asked as a question, even with a promise in it.
    ["We can't refund opened items. Anything else, just reply and we will help?"],
    // Inside an invitation, news of what comes next is not taken for one.
    ["We can't refund opened items. Let us know if you have questions; refunds take 5 business days to appear."],
    // Closing the thread, also when the line is wrapped.
    ["We can't merge this change. I'm closing this issue."],
    ["We can't merge this change. I'm closing this\n  issue."],
    // Watching for what may come one day is patience asked for, not an option: nothing to do about this request.
    ["We can't refund opened items. Be sure to keep an eye out for future promotions!"],
    ["We can't refund opened items. Stay tuned for our next sale."],
  ])('reports the limit: %s', (body) => {
    expect(limit(body)).toEqual(["We can't"]);
  });

  it.each([
    // Inside an invitation, a promise that is not a question, or a step, is a way forward.
    ["We can't refund opened items. Let me know if you'd like an exchange and I'll set it up."],
    ["We can't refund opened items. Reply with your order number if anything else comes up."],
    // A step keeps its worth beside an empty promise.
    ["We can't refund opened items. Please send us your order number and we'll do our best to help."],
    // A step beside the closing of the thread still is one.
    ["We can't merge this change. Please open a new pull request against main; I'm closing this issue."],
    // So is an action that does not close the thread.
    ["We can't merge this change. I've added a label for the docs team."],
  ])('leaves the limit: %s', (body) => {
    expect(limit(body)).toEqual([]);
  });
});

describe(`${id}: limits put to the customer, pleas to accept a no, conduct expected by rule`, () => {
  const acts = (sentence: string): string => readReply(`Hi Sam,\n\n${sentence}\n\nBest,\nAna`).sentences[1]!.act;

  it('reads "you cannot …" said as the answer as a refusal, in either spelling of "cannot"', () => {
    expect(acts('You cannot transfer a character to another account.')).toBe('refusal');
    expect(acts('Unfortunately, you can not do that.')).toBe('refusal');
    expect(acts('Sorry, but you can not do that.')).toBe('refusal');
    // "you can not" is no step for the customer to take.
    expect(acts("You can't change your username once it's set.")).toBe('refusal');
    expect(report(id, '@sam You cannot transfer a character to another account. ^AB', { channel: 'social' })).toEqual([
      '1:6-1:57 no-negative-phrasing "You cannot transfer a character to another account."',
    ]);
  });

  it('leaves the customer\'s trouble said back, a condition, a reassurance and "not only"', () => {
    expect(acts("I'm sorry you can't log in.")).not.toBe('refusal');
    expect(acts("I understand that you can't access your account.")).not.toBe('refusal');
    expect(acts("If you can't find it, let us know.")).not.toBe('refusal');
    expect(acts("You can't go wrong with the Pro plan.")).not.toBe('refusal');
    expect(acts("You can't miss it, it's right by the door.")).not.toBe('refusal');
    expect(acts('You can not only reset it but also change it.')).not.toBe('refusal');
    expect(report(id, "@sam You can't go wrong with the Pro plan. ^AB", { channel: 'social' })).toEqual([]);
  });

  it('reports a plea to accept a no, but not a check that the answer landed', () => {
    expect(report(id, email('We hope you can understand our position.'))).toEqual(['3:1-3:27 no-negative-phrasing "We hope you can understand"']);
    expect(report(id, '@sam Our support options are limited here. Hope you understand. ^MK', { channel: 'social' })).toEqual([
      '1:44-1:63 no-negative-phrasing "Hope you understand"',
    ]);
    expect(only(id, email('Hope you understand.'))[0]!.reason).toBe('"Hope you understand" asks the customer to accept a no; say what you can do for them instead');
    expect(report(id, email('I hope you understand how to proceed now.'))).toEqual([]);
    expect(report(id, email('Hope you understand the steps better now.'))).toEqual([]);
  });

  it('reports conduct expected of the customer by rule, not a request to follow steps', () => {
    expect(report(id, email('We expect all channels (anyone in the Partner Program) to follow our monetization policies.'))).toEqual([
      '3:1-3:91 no-negative-phrasing "We expect all channels (anyone in the Partner Program) to follow our monetization policies"',
    ]);
    expect(report(id, email('Members are expected to abide by the community guidelines.'))).toEqual([
      '3:9-3:58 no-negative-phrasing "are expected to abide by the community guidelines"',
    ]);
    expect(only(id, email('Members are expected to abide by the community guidelines.'))[0]!.reason).toMatch(/quotes a rule or a threat at the customer/);
    expect(report(id, email('We expect you to follow the steps above.'))).toEqual([]);
  });

  it('reads an option open only on a condition the customer did not meet as a refusal, and keeps an option offered', () => {
    expect(acts("You'd only be able to get this if you were selecting an eligible tariff.")).toBe('refusal');
    expect(report(id, "@sam You'd only be able to get this if you were selecting an eligible tariff. We're sorry you feel this way.", { channel: 'social' })).toEqual([
      '1:6-1:78 no-negative-phrasing "You\'d only be able to get this if you were selecting an eligible tariff."',
    ]);
    expect(report(id, email("You'd only be able to get this on an eligible tariff, but I can switch you to one today."))).toEqual([]);
    expect(acts('You can only get the discount once.')).not.toBe('refusal');
  });

  it('leaves a limit whose alternative follows in the same sentence', () => {
    expect(report(id, email("We can't refund sale items, but we can offer store credit."))).toEqual([]);
    expect(report(id, email("We can't refund sale items, but you can exchange them in store."))).toEqual([]);
    // The alternative has to be one: a "but" with nothing offered keeps the report.
    // (And "that is our policy" as the whole answer hides behind it.)
    expect(report(id, email("We can't refund sale items, but that is our policy."))).toEqual(['3:1-3:9 no-negative-phrasing "We can\'t"', '3:33-3:51 no-negative-phrasing "that is our policy"']);
  });

  it('takes a pointer to more reading about the topic for no way forward', () => {
    const text = "@user Unfortunately, we can't provide specifics. We recommend you take a look at this resource for more about copyright: https://example.com/x";
    expect(report(id, text, { channel: 'social' })).toEqual([
      '1:22-1:30 no-negative-phrasing "we can\'t"',
    ]);
  });
});

describe(`${id}: a policy given as the reason for a no`, () => {
  it('is reported with nothing offered, and left when the reply gives the way forward', () => {
    expect(report(id, '@sam Due to our policy, opened items cannot be refunded. ^AB', { channel: 'social' })).toEqual([
      '1:6-1:23 no-negative-phrasing "Due to our policy"',
    ]);
    expect(only(id, '@sam Due to our policy, opened items cannot be refunded. ^AB', { channel: 'social' })[0]!.reason).toBe(
      '"Due to our policy" hides behind policy; explain the reason and the alternative',
    );
    expect(report(id, '@sam Due to our policy, opened items cannot be refunded. You can exchange them in any store. ^AB', { channel: 'social' })).toEqual([]);
    // A rule quoted at the customer stays reported whatever else the reply offers.
    expect(report(id, '@sam Refunds after 30 days are against our policy. You can exchange the item in any store. ^AB', { channel: 'social' })).toEqual([
      '1:28-1:50 no-negative-phrasing "are against our policy"',
    ]);
  });
});

describe(`${id}: a duty stated as a rule, regulations as the reason, and "as we already told you" in other words`, () => {
  it('reports them', () => {
    expect(report(id, email('It is mandatory to link your ID with your mobile number.'))).toEqual(['3:1-3:19 no-negative-phrasing "It is mandatory to"']);
    expect(report(id, email("We're required to comply with regulations about these items."))).toEqual([
      '3:1-3:25 no-negative-phrasing "We\'re required to comply"',
    ]);
    expect(report(id, email('Here is the link, according to the information previously provided to you.'))).toEqual([
      '3:36-3:74 no-negative-phrasing "information previously provided to you"',
    ]);
    expect(report(id, email('The steps have already been explained to you.'))).toEqual(['3:11-3:45 no-negative-phrasing "have already been explained to you"']);
  });

  it('leaves a duty given with the way to meet it', () => {
    expect(report(id, '@sam It is mandatory to link your ID with your mobile number. Kindly visit any of our stores for the same. ^G', { channel: 'social' })).toEqual([]);
  });

  it('leaves the writer\'s own duty, news of what was sent, and regulations given with the way forward', () => {
    expect(report(id, email('It is mandatory for us to verify your identity first.'))).toEqual([]);
    expect(report(id, email('The refund was already sent to you on Monday.'))).toEqual([]);
    expect(report(id, email("We are legally obliged to follow the data protection rules, so we can't share it. You can request it from the account holder."))).toEqual([]);
  });
});

describe(`${id}: the fault put on how the customer wrote, and an apology offered as all there is`, () => {
  it('reports them', () => {
    expect(report(id, email("I'm unable to comprehend your concern. Could you please elaborate so that we can assist you?"))).toEqual([
      '3:1-3:38 no-negative-phrasing "I\'m unable to comprehend your concern"',
    ]);
    expect(report(id, email('I can only apologise for the disappointment this has caused.'))).toEqual(['3:1-3:21 no-negative-phrasing "I can only apologise"']);
    const acts = (sentence: string): string => readReply(`Hi Sam,\n\n${sentence}\n\nBest,\nAna`).sentences[1]!.act;
    expect(acts('I can only apologise for the disappointment this has caused.')).toBe('apology');
    // What might have been done is no promise of what will be.
    expect(acts('A manager may have been able to offer an alternative solution, but this would be at the discretion of the store.')).not.toBe('commitment');
    expect(acts('A technician will have it fixed by Friday.')).toBe('commitment');
  });

  it('leaves the apology beside a deed, and not understanding the cause', () => {
    expect(report(id, email("I can only apologise for the delay. I've sent a replacement today."))).toEqual([]);
    expect(report(id, email("I can't understand why this happened, so I've asked the team to check."))).toEqual([]);
  });
});

describe(`${id}: "would be unable to" and "not able to" are the same refusal`, () => {
  it('reports them where nothing is offered instead, and leaves them where something is', () => {
    expect(report(id, email('We would be unable to overturn the decision on your account. Please see this article for more information: https://example.com/bans'))).toEqual([
      '3:1-3:22 no-negative-phrasing "We would be unable to"',
    ]);
    expect(report(id, email("We're not able to change the booking."))).toEqual(['3:1-3:18 no-negative-phrasing "We\'re not able to"']);
    expect(report(id, email("We're not able to change the booking, but we can send you a voucher."))).toEqual([]);
    expect(report(id, email("I'm not able to see your order. Could you send me the order number?"))).toEqual([]);
  });
});

describe(`${id}: "not feasible", and declining to comment`, () => {
  it('reports a door closed as not feasible, and a refusal to comment that offers nothing', () => {
    expect(report(id, email('It would not have been feasible to ask other passengers to swap.'))).toEqual(['3:1-3:32 no-negative-phrasing "It would not have been feasible"']);
    expect(report(id, email('That is not feasible with your plan.'))).toEqual(['3:1-3:21 no-negative-phrasing "That is not feasible"']);
    expect(report(id, email("We cannot comment on another operator's industrial action."))).toEqual(['3:1-3:10 no-negative-phrasing "We cannot"']);
  });

  it('leaves honest uncertainty about what is to come, and a refusal with the way forward', () => {
    expect(report(id, email("We can't comment on future releases, but stay tuned!"))).toEqual([]);
    expect(report(id, email("We can't comment on individual cases publicly, but if you send us a message we can look into it."))).toEqual([]);
  });
});

describe(`${id}: "but" that only repeats the no`, () => {
  it('reports "Sorry, but you can not do that." with only more reading after it, and leaves the turn to an alternative', () => {
    expect(report(id, 'Sorry, but you can not do that. Please see this article for more information: https://example.com/transfers', { channel: 'social' })).toEqual([
      '1:1-1:32 no-negative-phrasing "Sorry, but you can not do that."',
    ]);
    expect(report(id, "Sorry, but we can't change the booking.", { channel: 'social' })).toEqual(['1:12-1:20 no-negative-phrasing "we can\'t"']);
    expect(report(id, "We can't refund it, but we can offer you a voucher.", { channel: 'social' })).toEqual([]);
    expect(report(id, "We can't refund it, but you can exchange it in any store.", { channel: 'social' })).toEqual([]);
  });
});

describe(`${id}: no rewrite where the demand is a state to be in`, () => {
  it('offers no "please" before "either have", "also be"', () => {
    const [message] = only(id, email('Therefore, you are required to either have access to the primary method or a backup code.'));
    expect(message!.actual).toBe('you are required to');
    expect(message!.expected).toEqual([]);
    expect(only(id, email('You need to also be signed in.'))[0]!.expected).toEqual([]);
  });
});

describe(`${id}: "I'm afraid" after the news`, () => {
  it('leaves the softener after news already given, and reports it before a limit', () => {
    expect(report(id, "It hasn't been cancelled but departure is being delayed I'm afraid, apologies", { channel: 'social' })).toEqual([]);
    expect(report(id, "It's sold out I'm afraid.", { channel: 'social' })).toEqual([]);
    // One report for one no: the refusal, not the softener before it.
    expect(only(id, "I'm afraid we can't refund it.", { channel: 'social' }).map((m) => m.actual)).toEqual(["we can't"]);
    expect(only(id, "I'm afraid the sale has ended.", { channel: 'social' }).map((m) => m.actual)).toEqual(["I'm afraid"]);
  });
});

describe(`${id}: the terms held up to the customer, a decision put beyond discussion, a threat to the account`, () => {
  const at = (body: string) => {
    const text = `Hi Sam,\n\nThanks for writing. ${body} Let us know if anything else comes up.\n\nBest,\nAna`;
    return only(id, text).map((m) => ({ actual: m.actual, start: m.place.start.offset! - text.indexOf(body), expected: m.expected }));
  };

  it.each([
    ['As stated in the membership agreement you signed, fees already collected are non-refundable.', 'As stated in the membership agreement', 0],
    ['Advance tickets are only valid on the booked service, that is in the conditions you accept at purchase.', 'conditions you accept', 69],
    ['This is covered in the forum rules you agreed to when you registered.', 'rules you agreed to', 29],
    ["The Captain's decision is final.", 'decision is final', 14],
    ["It's the hirer's responsibility to note all existing damage before driving away.", "It's the hirer's responsibility to", 0],
    ['Repeat cross-posting will get your account suspended.', 'will get your account suspended', 21],
    ['Keep the language respectful or we will block this account from support.', 'or we will block this account from support', 29],
    ['Weather conditions are outside our control.', 'are outside our control', 19],
  ])('%j: "%s"', (body, actual, start) => {
    expect(at(body)).toEqual([{ actual, start, expected: [] }]);
  });

  it.each([
    // The customer's own request, and the customer's own terms kept for them.
    "I've closed the account as you asked, and we'll delete your data within 30 days.",
    'Your plan includes everything listed in the terms, and I have attached them for you.',
    // A decision still to be made is no decision put beyond discussion.
    'The final decision will be made by the claims team on Friday, and I will tell you the same day.',
    // "Not our fault" is not in "outside our office".
    'The parcel is outside our office, ready for collection from 9am.',
  ])('leaves %j', (body) => {
    expect(at(body)).toEqual([]);
  });
});

describe(`${id}: one order word in capitals`, () => {
  it('reports an order word in capitals between words in small letters after a word that makes it an order', () => {
    // With its reason, the request is no bare prohibition; the capitals still shout.
    const text = 'Please do NOT open the same question in several boards, as it splits the answers.';
    expect(only(id, text, { channel: 'social' }).map((m) => [m.actual, m.expected, m.place.start.offset])).toEqual([['NOT', ['not'], 10]]);
    expect(fixed(id, text, { channel: 'social' })).toBe('Please do not open the same question in several boards, as it splits the answers.');
  });

  it('leaves an acronym, a capital at the end of a sentence, and capitals that make nothing an order', () => {
    expect(report(id, 'Please do not share your PIN with anyone.', { channel: 'social' })).toEqual([]);
    expect(report(id, 'Your order WILL arrive with the next delivery.', { channel: 'social' })).toEqual([]);
    expect(report(id, 'This is what we mean by NOT.', { channel: 'social' })).toEqual([]);
  });
});

describe(`${id}: the fault put on the customer after the fact, a reminder of an earlier reply, a rule in its own time`, () => {
  it.each([
    ['Had the work been done then, you would not be hearing this noise now.', 'Had the work been done then, you would not', 0],
    ['If you had booked earlier, it would have been cheaper.', 'If you had booked earlier, it would have', 0],
    ['As explained in our earlier reply, windscreen cover is an add-on.', 'As explained in our earlier reply, windscreen', 0],
  ])('%j', (text, actual, start) => {
    expect(only(id, text, { channel: 'social' }).map((m) => [m.actual, m.place.start.offset])).toEqual([[actual, start]]);
  });

  it('leaves an offer on a wish, and the writer\'s own counterfactual', () => {
    expect(report(id, "If you'd like, we could send a new one.", { channel: 'social' })).toEqual([]);
    expect(report(id, 'Had we known, we would have called you.', { channel: 'social' })).toEqual([]);
  });

  it('does not take the time a policy sets for a way forward from it', () => {
    expect(only(id, 'Under our returns policy, items must be returned within 14 days.', { channel: 'social' }).map((m) => m.actual)).toEqual(['Under our returns policy']);
    expect(only(id, 'Under section 4.2 of the Household Waste Collection Policy, bins must be out by 7am.', { channel: 'social' }).map((m) => m.actual)).toEqual([
      'Under section 4.2 of the Household Waste Collection Policy',
    ]);
    // A way forward in another sentence still makes it an explanation.
    expect(report(id, 'Under our returns policy, items must be returned within 14 days. I have sent you a label today.', { channel: 'social' })).toEqual([]);
  });
});

describe(`${id}: encouragement, and another thing offered in place of the no`, () => {
  it('leaves "Don\'t give up!" and a refusal with another product offered after it', () => {
    expect(report(id, "Don't give up, Keira! Your odds are better this year.", { channel: 'social' })).toEqual([]);
    expect(report(id, "We can't post live starter abroad, but our dried starter travels well.", { channel: 'social' })).toEqual([]);
    // Nothing offered: still a refusal.
    expect(only(id, "We can't post live starter abroad, but the rules are clear.", { channel: 'social' }).map((m) => m.actual)).toEqual(["We can't"]);
  });
});

describe(`${id}: a policy that gives, and one report for one phrase`, () => {
  it('leaves "as per our policy" where the policy gives the customer something, and reports it before a no', () => {
    expect(report(id, email("As per our policy, you're entitled to a full refund."))).toEqual([]);
    expect(only(id, email('Per our policy, refunds are not given after 30 days.')).map((m) => m.actual)).toEqual(['Per our policy']);
  });

  it('reports a phrase once, with the report that says most about it, not again for the words inside it', () => {
    expect(only(id, email('This is against our policy.')).map((m) => m.actual)).toEqual(['This is against our policy']);
    expect(only(id, email("We can't understand your message.")).map((m) => m.actual)).toEqual(["We can't understand your message"]);
  });
});

describe(`${id}: a refusal with a word between the writer and the no, and a decision that will not be undone`, () => {
  it('reads "We are therefore unable to", "we simply can\'t" as the refusal they are, and keeps one offered the way forward', () => {
    expect(report(id, email("We are therefore unable to move the score to your daughter's account."))).toEqual([
      '3:1-3:27 no-negative-phrasing "We are therefore unable to"',
    ]);
    expect(report(id, email("We're currently not able to ship to Norway."))).toEqual(['3:1-3:28 no-negative-phrasing "We\'re currently not able to"']);
    expect(report(id, email('We simply cannot reopen the order.'))).toEqual(['3:1-3:17 no-negative-phrasing "We simply cannot"']);
    expect(report(id, email("We are currently unable to ship to Norway, but we can send it to our partner store in Oslo."))).toEqual([]);
    // The adverb is not a door of its own: "we're just thrilled" is no refusal.
    expect(report(id, email("We're just thrilled the parcel arrived."))).toEqual([]);
  });

  it('reports a decision said to be final, and a waiver the team is said not to be able to give, with nothing offered', () => {
    expect(report(id, email('The permanent suspension has been upheld and will not be reversed.'))).toEqual([
      '3:1-3:67 no-negative-phrasing "The permanent suspension has been upheld and will not be reversed."',
    ]);
    expect(report(id, email("It's not something our branch team are able to waive."))).toEqual([
      '3:1-3:54 no-negative-phrasing "It\'s not something our branch team are able to waive."',
    ]);
    expect(report(id, email("The fee can't be waived this time, but we've added a £10 credit to your account instead."))).toEqual([]);
  });
});

describe(`${id}: a deadline the customer missed is no news of what comes next`, () => {
  it('reports the refusal after "claims have to be submitted within 28 days", and reads the deadline as no time to come', () => {
    const text = "Claims have to be submitted within 28 days of travel and yours came in on day 31, so it's been rejected and I'm not able to override that.";
    expect(report(id, text, { channel: 'chat' })).toEqual(['1:109-1:124 no-negative-phrasing "I\'m not able to"']);
    expect(readReply('Claims have to be submitted within 28 days.', { channel: 'chat' }).sentences.map((s) => s.act)).toEqual(['news']);
    expect(readReply('Returns must be made within 30 days of delivery.', { channel: 'chat' }).sentences.map((s) => s.act)).toEqual(['news']);
    // A time of what the company will do is still what comes next.
    expect(readReply('Your claim will be reviewed within 28 days.', { channel: 'chat' }).sentences[0]!.reading.acts).toContain('next-info');
  });
});

describe(`${id}: the matter put in other hands, the lesson that the rule was there to read, a numbered clause, a policy's no`, () => {
  it('reports each where it leads to no, and leaves the same words where they give', () => {
    expect(report(id, "Delivery of rewards is entirely down to the creator, not us. They've posted that the games leave the factory next month.", { channel: 'social' })).toEqual([
      '1:33-1:60 no-negative-phrasing "down to the creator, not us"',
    ]);
    expect(report(id, 'Penalty notices are not cancelled on request. The charge had to be paid by midnight, and the signs on both approaches say so.', { channel: 'social' })).toEqual([
      '1:1-1:46 no-negative-phrasing "Penalty notices are not cancelled on request."',
      '1:94-1:125 no-negative-phrasing "signs on both approaches say so"',
    ]);
    expect(report(id, "As the quick-start guide explains on page 2, the lock won't pair while the door is open.", { channel: 'social' })).toEqual([
      '1:1-1:34 no-negative-phrasing "As the quick-start guide explains"',
    ]);
    expect(report(id, email('Under section 4.2 of the Household Waste Collection Policy, bins must be presented by 7am on the day of collection.'))).toEqual([
      '3:1-3:59 no-negative-phrasing "Under section 4.2 of the Household Waste Collection Policy"',
    ]);
    expect(report(id, 'As the guide explains, you can pair it from the app in two taps.', { channel: 'social' })).toEqual([]);
    expect(report(id, email("Under clause 3 of our terms, you're entitled to a full refund."))).toEqual([]);
    expect(report(id, "Your order isn't cancelled, it's on its way.", { channel: 'social' })).toEqual([]);
  });
});

describe(`${id}: a moderator's lessons and warnings`, () => {
  it('reports the rule said to be plain, the talk closed, the faults counted, the next penalty, and the proof held up', () => {
    expect(report(id, 'Recipe threads go in RECIPES, and the pinned post at the top of every board says so in bold.', { channel: 'chat' })).toEqual([
      '1:46-1:84 no-negative-phrasing "post at the top of every board says so"',
    ]);
    expect(report(id, "This is the third thread of yours I've had to move this month.", { channel: 'chat' })).toEqual(['1:1-1:25 no-negative-phrasing "This is the third thread"']);
    expect(report(id, 'The next one posted in the wrong place gets deleted without a note.', { channel: 'chat' })).toEqual([
      '1:1-1:52 no-negative-phrasing "The next one posted in the wrong place gets deleted"',
    ]);
    expect(report(id, 'the rules channel literally says client mods = ban. ban stays at 14 days, not going over it again in here', { channel: 'chat' })).toEqual([
      '1:5-1:33 no-negative-phrasing "rules channel literally says"',
      '1:75-1:98 no-negative-phrasing "not going over it again"',
    ]);
    expect(report(id, "Projection is run by our partner Lumacast, so this one's down to them rather than us.", { channel: 'social' })).toEqual([
      '1:58-1:85 no-negative-phrasing "down to them rather than us"',
    ]);
    expect(report(id, "Funnily enough, the sign says exactly what's on the proof you signed off on the 3rd.", { channel: 'social' })).toEqual([
      '1:31-1:73 no-negative-phrasing "exactly what\'s on the proof you signed off"',
    ]);
  });

  it('leaves a next time that gives', () => {
    expect(report(id, 'Next time you order, it gets delivered free.', { channel: 'social' })).toEqual([]);
  });
});
