/**
 * Every rule outside the five mission rules, in each language it claims: at
 * least ten replies it must report, each with the exact lines it gives (range,
 * rule, flagged text and first rewrite), and ten it must leave alone. The
 * lines were checked by hand against what each rule's doc says it reports.
 * (The Arabic must-leave tables are in further-rules-ar.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import type { LintOptions } from '../index.js';
import { report } from '../../test/helpers.js';

const en = (body: string): string => `Hi Sam,\n\n${body}\n\nBest,\nAna`;
const greetEn = (greeting: string): string => `${greeting}\n\nYour refund is on its way.\n\nThanks,\nAna`;
const raw = (text: string): string => text;
const teamOptions: LintOptions = {
  rules: {
    'team-phrases': [
      'warn',
      {
        phrases: [
          { phrase: 'ASAP', preferred: 'within one working day' },
          { phrase: 'valued customer', preferred: 'customer' },
          { phrase: 'per our policy', message: 'Explain the reason instead of citing policy', severity: 'error' },
          { phrase: 'kindly', preferred: 'please' },
        ],
      },
    ],
  },
};

function table(id: string, wrap: (text: string) => string, options: LintOptions, invalid: Array<[string, string[]]>, valid: string[]): void {
  describe(`${id} (English)`, () => {
    it('has at least ten replies to report and ten to leave alone', () => {
      expect(invalid.length).toBeGreaterThanOrEqual(10);
      expect(valid.length).toBeGreaterThanOrEqual(10);
    });
    it.each(invalid)('reports %j exactly', (text, lines) => {
      expect(report(id, wrap(text), options)).toEqual(lines);
    });
    it.each(valid)('leaves %j alone', (text) => {
      expect(report(id, wrap(text), options)).toEqual([]);
    });
  });
}

const reply = (body: string, greeting = 'مرحبا ليلى،'): string => `${greeting}\n\n${body}\n\nمع خالص التحية،\nنور`;
const arabicText: Record<string, (input: string) => string> = {
  'no-generic-greeting': (greeting) => reply('لقد أعدت المبلغ إلى بطاقتك.', greeting),
  'no-unfilled-placeholder': (greeting) => reply('لقد أعدت المبلغ إلى بطاقتك.', greeting),
  'valid-suppression': (ruleId) => reply(`<!-- replylint-disable-next-line ${ruleId} -->\nيجب عليك إعادة التشغيل.`),
};
const arabicOptions: Record<string, LintOptions> = {
  // Suppressions as Markdown, where the comment is hidden (in plain text each is also reported as sent to the customer).
  'valid-suppression': { format: 'markdown' },
  'team-phrases': {
    language: 'ar',
    rules: {
      'team-phrases': [
        'warn',
        {
          phrases: [
            { phrase: 'في أسرع وقت', preferred: 'خلال يوم عمل' },
            { phrase: 'عميلنا العزيز', preferred: 'عميلنا' },
            { phrase: 'حسب النظام', message: 'اشرح السبب بدلًا من الإحالة إلى النظام', severity: 'error' },
            { phrase: 'ASAP', preferred: 'as soon as we can' },
          ],
        },
      ],
    },
  },
};

function arabic(id: string, invalid: Array<[string, string[]]>): void {
  describe(`${id} (Arabic)`, () => {
    it('has at least ten replies to report', () => {
      expect(invalid.length).toBeGreaterThanOrEqual(10);
    });
    it.each(invalid)('reports %j exactly', (input, lines) => {
      expect(report(id, (arabicText[id] ?? reply)(input), arabicOptions[id] ?? {})).toEqual(lines);
    });
  });
}

table("no-generic-apology", en, {}, [
  ["We apologise for any inconvenience this may have caused.", ["3:1-3:56 no-generic-apology \"We apologise for any inconvenience this may have caused\""]],
  ["Sorry for the trouble. I have reset it.", ["3:1-3:22 no-generic-apology \"Sorry for the trouble\""]],
  ["We apologize for the inconvenience.", ["3:1-3:35 no-generic-apology \"We apologize for the inconvenience\""]],
  ["Apologies for any confusion.", ["3:1-3:28 no-generic-apology \"Apologies for any confusion\""]],
  ["We regret any inconvenience caused.", ["3:1-3:35 no-generic-apology \"We regret any inconvenience caused\""]],
  ["We're sorry for any delays. It ships today.", ["3:1-3:27 no-generic-apology \"We're sorry for any delays\""]],
  ["I apologize for any inconvenience.", ["3:1-3:34 no-generic-apology \"I apologize for any inconvenience\""]],
  ["Sorry for any confusion.", ["3:1-3:24 no-generic-apology \"Sorry for any confusion\""]],
  ["We sincerely apologize for the trouble.", ["3:1-3:39 no-generic-apology \"We sincerely apologize for the trouble\""]],
  ["I'm sorry for the frustration! Can you send the order number?", ["3:1-3:30 no-generic-apology \"I'm sorry for the frustration\""]],
  ["We are truly sorry for any inconvenience caused to you.", ["3:1-3:55 no-generic-apology \"We are truly sorry for any inconvenience caused to you\""]],
], [
  "I'm sorry your order arrived late.",
  "Apologies for the delay to your journey this morning.",
  "Sorry for the delay in getting back to you.",
  "Sorry for the trouble with the login page yesterday; I've reset your password.",
  "I'm so sorry the charger arrived broken. We apologise for any inconvenience.",
  "There was no inconvenience at all.",
  "Thanks for your patience.",
  "I'm sorry we charged you twice for the same order.",
  "Sorry about the mix-up with your refund; it went to your old card.",
  "We apologise that the parcel went to the wrong address.",
]);

table("no-uncertain-expertise", en, {}, [
  ["I'm new here, so bear with me.", ["3:1-3:13 no-uncertain-expertise \"I'm new here\""]],
  ["I'm not sure, but it might be the cache.", ["3:1-3:18 no-uncertain-expertise \"I'm not sure, but\" → \"Let me confirm that for you:\""]],
  ["I don't know when it will be back.", ["3:1-3:13 no-uncertain-expertise \"I don't know\" → \"Let me find out\""]],
  ["That's not my department.", ["3:1-3:25 no-uncertain-expertise \"That's not my department\" → \"I'll pass this to the right team for you\""]],
  ["I have no idea why that happened.", ["3:1-3:15 no-uncertain-expertise \"I have no idea\" → \"Let me find out\""]],
  ["I'm only a trainee.", ["3:1-3:19 no-uncertain-expertise \"I'm only a trainee\""]],
  ["I am not certain the fix is live.", ["3:1-3:17 no-uncertain-expertise \"I am not certain\" → \"Let me confirm that for you:\""]],
  ["It's not my job to handle refunds.", ["3:1-3:16 no-uncertain-expertise \"It's not my job\" → \"I'll pass this to the right team for you\""]],
  ["We cannot say for sure when it ships.", ["3:1-3:23 no-uncertain-expertise \"We cannot say for sure\" → \"Let me find out\""]],
  ["I'm still new to this team.", ["3:1-3:22 no-uncertain-expertise \"I'm still new to this\""]],
  ["No idea, sorry.", ["3:1-3:15 no-uncertain-expertise \"No idea, sorry\" → \"Let me find out for you\""]],
], [
  "I'm not sure I understand; could you send a screenshot?",
  "I don't know if you've seen our status page.",
  "Let me confirm that for you.",
  "If you are not sure, reply and I will check.",
  "You said \"I don't know my password\", so I reset it.",
  "I'm sure the fix is live.",
  "I know the page is slow; I've raised it with the team.",
  "Our guide for new customers is attached.",
  "Billing is my department, so I've refunded it.",
  "We are certain the refund was sent on Monday.",
]);

table("no-tone-mismatch", en, {}, [
  ["Your parcel was damaged in transit 😂", ["3:35-3:38 no-tone-mismatch \" 😂\" → \"\""]],
  ["Sorry your order is late :) It should arrive Friday.", ["3:25-3:28 no-tone-mismatch \" :)\" → \".\""]],
  ["The payment failed!! Please try again.", ["3:19-3:21 no-tone-mismatch \"!!\" → \".\""]],
  ["Your flight was cancelled lol", ["3:26-3:30 no-tone-mismatch \" lol\" → \"\""]],
  ["Your package was lost 🎉 but a new one is coming.", ["3:22-3:25 no-tone-mismatch \" 🎉\" → \"\""]],
  ["Your order is delayed again haha.", ["3:28-3:33 no-tone-mismatch \" haha\" → \"\""]],
  ["The charger arrived broken 😀 so I sent a new one.", ["3:27-3:30 no-tone-mismatch \" 😀\" → \"\""]],
  ["Your refund failed :D Please check your card.", ["3:19-3:22 no-tone-mismatch \" :D\" → \".\""]],
  ["Sadly your bag was lost!!! We are looking for it.", ["3:24-3:27 no-tone-mismatch \"!!!\" → \".\""]],
  ["The screen arrived damaged 😄", ["3:27-3:30 no-tone-mismatch \" 😄\" → \"\""]],
], [
  "Your new headphones shipped today 🎉",
  "Great to hear it works!!",
  "I'm sorry your parcel was damaged. I've sent a new one.",
  "Thanks so much :)",
  "Your refund went through 😀",
  "Happy birthday from all of us!",
  "The replacement arrives tomorrow.",
  "Welcome aboard 🎉",
  "So glad the fix worked :D",
  "Your order is on its way!",
]);

table("no-unfilled-placeholder", en, {}, [
  ["Hi [Customer Name], thanks for writing.", ["3:4-3:19 no-unfilled-placeholder \"[Customer Name]\""]],
  ["Your refund of $XXX is on its way.", ["3:17-3:20 no-unfilled-placeholder \"XXX\""]],
  ["Hi {{first_name}}, thanks.", ["3:4-3:18 no-unfilled-placeholder \"{{first_name}}\""]],
  ["Your order {customer_order} shipped.", ["3:12-3:28 no-unfilled-placeholder \"{customer_order}\""]],
  ["Regards, <YOUR NAME>", ["3:10-3:21 no-unfilled-placeholder \"<YOUR NAME>\""]],
  ["See [insert link] for details.", ["3:5-3:18 no-unfilled-placeholder \"[insert link]\""]],
  ["Ticket %{ticket.number} is open.", ["3:8-3:24 no-unfilled-placeholder \"%{ticket.number}\""]],
  ["Order ${order.id} shipped.", ["3:7-3:18 no-unfilled-placeholder \"${order.id}\""]],
  ["Hi {firstName}, your order shipped.", ["3:4-3:15 no-unfilled-placeholder \"{firstName}\""]],
  ["Your code is xxx until we send it.", ["3:14-3:17 no-unfilled-placeholder \"xxx\""]],
  ["The agent [Agent Name] will call you.", ["3:11-3:23 no-unfilled-placeholder \"[Agent Name]\""]],
], [
  "Read [our guide](https://example.com) for details.",
  "Your refund of $24.99 is on its way.",
  "Press <Enter> to continue.",
  "We use {braces} rarely in prose?",
  "Your code is XK-42.",
  "Your size is XXL.",
  "The [beta] label means it is new.",
  "Use the {settings} page, then save.",
  "Email us at help@example.com.",
  "It costs 20% less today.",
]);

table("team-phrases", en, teamOptions, [
  ["We will reply ASAP.", ["3:15-3:19 team-phrases \"ASAP\" → \"within one working day\""]],
  ["Thanks, valued customer, for writing.", ["3:9-3:24 team-phrases \"valued customer\" → \"customer\""]],
  ["Refunds after 30 days are not possible per our policy.", ["3:40-3:54 team-phrases \"per our policy\""]],
  ["Kindly send the receipt.", ["3:1-3:7 team-phrases \"Kindly\" → \"Please\""]],
  ["We will reply asap.", ["3:15-3:19 team-phrases \"asap\" → \"within one working day\""]],
  ["We will fix it ASAP, and kindly wait.", ["3:16-3:20 team-phrases \"ASAP\" → \"within one working day\"","3:26-3:32 team-phrases \"kindly\" → \"please\""]],
  ["Dear valued  customer, your order shipped.", ["3:6-3:22 team-phrases \"valued  customer\" → \"customer\""]],
  ["Please, kindly, send it.", ["3:9-3:15 team-phrases \"kindly\" → \"please\""]],
  ["We will call you ASAP!", ["3:18-3:22 team-phrases \"ASAP\" → \"within one working day\""]],
  ["Per our policy, we check every return.", ["3:1-3:15 team-phrases \"Per our policy\""]],
], [
  "We will reply within one working day.",
  "Thanks for writing.",
  "Our policy is to refund within 30 days.",
  "Please send the receipt.",
  "ASAPX is a product name.",
  "We value customers like you.",
  "Kindle books are not refundable.",
  "A valued customerbase helps.",
  "Send it when you can.",
  "Per our conversation, I have refunded it.",
]);

table("no-generic-greeting", greetEn, {}, [
  ["Dear customer,", ["1:1-1:15 no-generic-greeting \"Dear customer,\""]],
  ["Hi,", ["1:1-1:4 no-generic-greeting \"Hi,\""]],
  ["Dear Sir/Madam,", ["1:1-1:16 no-generic-greeting \"Dear Sir/Madam,\""]],
  ["To whom it may concern,", ["1:1-1:24 no-generic-greeting \"To whom it may concern,\""]],
  ["Hello there,", ["1:1-1:13 no-generic-greeting \"Hello there,\""]],
  ["Dear valued customer,", ["1:1-1:22 no-generic-greeting \"Dear valued customer,\""]],
  ["Hi team,", ["1:1-1:9 no-generic-greeting \"Hi team,\""]],
  ["Hello,", ["1:1-1:7 no-generic-greeting \"Hello,\""]],
  ["Dear user,", ["1:1-1:11 no-generic-greeting \"Dear user,\""]],
  ["Hey there!", ["1:1-1:11 no-generic-greeting \"Hey there!\""]],
  ["Hi all,", ["1:1-1:8 no-generic-greeting \"Hi all,\""]],
], [
  "Hi Geraldine,",
  "Hi {{ticket.requester.first_name}},",
  "Dear Mr. Okafor,",
  "Good morning Priya!",
  "Hello Sam,",
  "Dear Dr. Chen,",
  "Hey Jo!",
  "Hi Ms Ortega,",
  "Dear Ana and Luis,",
  "Hi %{recipient.name.first},",
]);

table("require-thanks", en, {}, [
  ["I've refunded the charge.", ["3:1-3:26 require-thanks \"I've refunded the charge.\" → \"Thank you for reaching out. I've refunded the charge.\""]],
  ["Your order shipped today.", ["3:1-3:26 require-thanks \"Your order shipped today.\" → \"Thank you for reaching out. Your order shipped today.\""]],
  ["The fix is live.", ["3:1-3:17 require-thanks \"The fix is live.\" → \"Thank you for reaching out. The fix is live.\""]],
  ["I reset your password; try again now.", ["3:1-3:38 require-thanks \"I reset your password; try again now.\" → \"Thank you for reaching out. I reset your password; try again now.\""]],
  ["Your refund is on its way.", ["3:1-3:27 require-thanks \"Your refund is on its way.\" → \"Thank you for reaching out. Your refund is on its way.\""]],
  ["I have added the missing item to your order.", ["3:1-3:45 require-thanks \"I have added the missing item to your order.\" → \"Thank you for reaching out. I have added the missing item to your order.\""]],
  ["Your account is unlocked.", ["3:1-3:26 require-thanks \"Your account is unlocked.\" → \"Thank you for reaching out. Your account is unlocked.\""]],
  ["I've sent a new link.", ["3:1-3:22 require-thanks \"I've sent a new link.\" → \"Thank you for reaching out. I've sent a new link.\""]],
  ["We moved your delivery to Friday.", ["3:1-3:34 require-thanks \"We moved your delivery to Friday.\" → \"Thank you for reaching out. We moved your delivery to Friday.\""]],
  ["Your subscription is cancelled, as you asked.", ["3:1-3:46 require-thanks \"Your subscription is cancelled, as you asked.\" → \"Thank you for reaching out. Your subscription is cancelled, as you asked.\""]],
  // A confirmation that answers the customer: what they asked is named, or a person speaks.
  ["Your refund has been processed, as you requested.", ["3:1-3:50 require-thanks \"Your refund has been processed, as you requested.\" → \"Thank you for reaching out. Your refund has been processed, as you requested.\""]],
  ["Your account has been created. I set it up myself.", ["3:1-3:31 require-thanks \"Your account has been created.\" → \"Thank you for reaching out. Your account has been created.\""]],
], [
  // Notices the company sends of its own accord answer no one: no thanks is due.
  "Welcome to Acme! Your account is ready, and you can log in any time.",
  "Your refund of $20 has been processed and will show on your statement within 5-10 business days.",
  "You have been invited to join our support center. Click the button below to set your password.",

  "Thanks for flagging this. I've refunded it.",
  "I appreciate your patience; the fix is live.",
  "Thank you for the report.",
  "Thanks! I've refunded it.",
  "I'm grateful you told us. It's fixed.",
  "Many thanks for waiting; your order shipped.",
  "We appreciate you writing in. Your account is unlocked.",
  "Thank you so much for your patience.",
  "Thanks again for the screenshot; it helped.",
  "Cheers for the heads-up, it is fixed now.",
]);

table("no-wall-of-text", en, {}, [
  ["I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week.", ["3:1-3:66 no-wall-of-text \"I checked your account and saw the failed payment from last week.\""]],
  ["Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word end.", ["3:1-3:655 no-wall-of-text \"Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word Word end.\""]],
  ["word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word end.", ["3:1-3:605 no-wall-of-text \"word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word end.\""]],
  ["Step 1 done. Step 2 done. Step 3 done. Step 4 done. Step 5 done. Step 6 done. Step 7 done. Step 8 done.", ["3:1-3:13 no-wall-of-text \"Step 1 done.\""]],
  ["Point 1. Point 2. Point 3. Point 4. Point 5. Point 6. Point 7. Point 8. Point 9. Point 10. Point 11. Point 12.", ["3:1-3:111 no-wall-of-text \"Point 1. Point 2. Point 3. Point 4. Point 5. Point 6. Point 7. Point 8. Point 9. Point 10. Point 11. Point 12.\""]],
  ["I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. Is that right? Please say so!", ["3:1-3:66 no-wall-of-text \"I checked your account and saw the failed payment from last week.\""]],
  ["I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week.", ["3:1-3:66 no-wall-of-text \"I checked your account and saw the failed payment from last week.\""]],
  ["One two three four five six seven eight nine ten. One two three four five six seven eight nine ten. One two three four five six seven eight nine ten. One two three four five six seven eight nine ten. One two three four five six seven eight nine ten. One two three four five six seven eight nine ten. One two three four five six seven eight nine ten. One two three four five six seven eight nine ten. One two three four five six seven eight nine ten. One two three four five six seven eight nine ten. One two three four five six seven eight nine ten. One two three four five six seven eight nine ten. One two three four five six seven eight nine ten.", ["3:1-3:50 no-wall-of-text \"One two three four five six seven eight nine ten.\""]],
  ["I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. \nI checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week.", ["3:1-3:66 no-wall-of-text \"I checked your account and saw the failed payment from last week.\""]],
  ["Ok! Ok! Ok! Ok! Ok! Ok! Ok! Ok!", ["3:1-3:4 no-wall-of-text \"Ok!\""]],
], [
  "A short paragraph.",
  "I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week.",
  "1. Step one is long. Step one is long. Step one is long. Step one is long. Step one is long. Step one is long. Step one is long. Step one is long. Step one is long. Step one is long. \n2. Step two.",
  "word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word end.",
  "Step 1 done. Step 2 done. Step 3 done. Step 4 done. Step 5 done. Step 6 done. Step 7 done.",
  "I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. \n\nI checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week.",
  "- I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week. I checked your account and saw the failed payment from last week.",
  "* Point. Point. Point. Point. Point. Point. Point. Point. Point. Point. Point. Point.",
  "v1.2.3 is out. See example.com/a.b.c for notes.",
  "Dr. Lee and Mr. Chan met at 9 a.m. on Jan. 5.",
]);

table("valid-suppression", raw, { format: 'markdown' }, [
  ["Hi Sam,\n\n<!-- replylint-disable-next-line no-negativ-phrasing -->\nYou need to restart.\n\nBest,\nAna", ["3:34-3:53 valid-suppression \"no-negativ-phrasing\""]],
  ["Hi Sam,\n\n<!-- replylint-disable-next-line require-thank -->\nYou need to restart.\n\nBest,\nAna", ["3:34-3:47 valid-suppression \"require-thank\""]],
  ["Hi Sam,\n\n<!-- replylint-disable-next-line no-overpromis -->\nYou need to restart.\n\nBest,\nAna", ["3:34-3:47 valid-suppression \"no-overpromis\""]],
  ["Hi Sam,\n\n<!-- replylint-disable-next-line no-unclear-instruction -->\nYou need to restart.\n\nBest,\nAna", ["3:34-3:56 valid-suppression \"no-unclear-instruction\""]],
  ["Hi Sam,\n\n<!-- replylint-disable-next-line require-next -->\nYou need to restart.\n\nBest,\nAna", ["3:34-3:46 valid-suppression \"require-next\""]],
  ["Hi Sam,\n\n<!-- replylint-disable-next-line no-generic-apologies -->\nYou need to restart.\n\nBest,\nAna", ["3:34-3:54 valid-suppression \"no-generic-apologies\""]],
  ["Hi Sam,\n\n<!-- replylint-disable-next-line no-tone -->\nYou need to restart.\n\nBest,\nAna", ["3:34-3:41 valid-suppression \"no-tone\""]],
  ["Hi Sam,\n\n<!-- replylint-disable-next-line no-wall -->\nYou need to restart.\n\nBest,\nAna", ["3:34-3:41 valid-suppression \"no-wall\""]],
  ["Hi Sam,\n\n<!-- replylint-disable-next-line team-phrase -->\nYou need to restart.\n\nBest,\nAna", ["3:34-3:45 valid-suppression \"team-phrase\""]],
  ["Hi Sam,\n\n<!-- replylint-disable-next-line require-closing -->\nYou need to restart.\n\nBest,\nAna", ["3:34-3:49 valid-suppression \"require-closing\""]],
], [
  "Hi Sam,\n\n<!-- replylint-disable-next-line no-negative-phrasing -->\nYou need to restart.\n\nBest,\nAna",
  "Hi Sam,\n\n<!-- replylint-disable-next-line require-thanks -->\nYou need to restart.\n\nBest,\nAna",
  "Hi Sam,\n\n<!-- replylint-disable-next-line no-overpromise -->\nYou need to restart.\n\nBest,\nAna",
  "Hi Sam,\n\n<!-- replylint-disable-next-line no-unclear-instructions -->\nYou need to restart.\n\nBest,\nAna",
  "Hi Sam,\n\n<!-- replylint-disable-next-line require-next-step -->\nYou need to restart.\n\nBest,\nAna",
  "Hi Sam,\n\n<!-- replylint-disable-next-line no-generic-apology -->\nYou need to restart.\n\nBest,\nAna",
  "Hi Sam,\n\n<!-- replylint-disable-next-line no-tone-mismatch -->\nYou need to restart.\n\nBest,\nAna",
  "Hi Sam,\n\n<!-- replylint-disable-next-line no-wall-of-text -->\nYou need to restart.\n\nBest,\nAna",
  "Hi Sam,\n\n<!-- replylint-disable-next-line team-phrases -->\nYou need to restart.\n\nBest,\nAna",
  "Hi Sam,\n\n<!-- replylint-disable-next-line require-closing-invitation -->\nYou need to restart.\n\nBest,\nAna",
]);

// Arabic: the must-report replies of further-rules-ar.test.ts (whose must-leave tables assert no report), with exact lines.
arabic("require-thanks", [
  ["لقد أعدت المبلغ إلى بطاقتك.", ["3:1-3:28 require-thanks \"لقد أعدت المبلغ إلى بطاقتك.\" → \"شكرًا لتواصلك معنا. لقد أعدت المبلغ إلى بطاقتك.\""]],
  ["تم شحن طلبك اليوم.", ["3:1-3:19 require-thanks \"تم شحن طلبك اليوم.\" → \"شكرًا لتواصلك معنا. تم شحن طلبك اليوم.\""]],
  ["سأتحقق من حالة الطلب وأعود إليك.", ["3:1-3:33 require-thanks \"سأتحقق من حالة الطلب وأعود إليك.\" → \"شكرًا لتواصلك معنا. سأتحقق من حالة الطلب وأعود إليك.\""]],
  ["يرجى إرسال رقم الطلب.", ["3:1-3:22 require-thanks \"يرجى إرسال رقم الطلب.\" → \"شكرًا لتواصلك معنا. يرجى إرسال رقم الطلب.\""]],
  ["قمت بتحديث عنوان الشحن.", ["3:1-3:24 require-thanks \"قمت بتحديث عنوان الشحن.\" → \"شكرًا لتواصلك معنا. قمت بتحديث عنوان الشحن.\""]],
  ["سنرسل لك بديلًا غدًا.", ["3:1-3:22 require-thanks \"سنرسل لك بديلًا غدًا.\" → \"شكرًا لتواصلك معنا. سنرسل لك بديلًا غدًا.\""]],
  ["أفهم أن التأخير مزعج، وقد أرسلنا الطلب اليوم.", ["3:1-3:46 require-thanks \"أفهم أن التأخير مزعج، وقد أرسلنا الطلب اليوم.\" → \"شكرًا لتواصلك معنا. أفهم أن التأخير مزعج، وقد أرسلنا الطلب اليوم.\""]],
  ["نعتذر عن التأخير، وقد تم شحن الطلب.", ["3:1-3:36 require-thanks \"نعتذر عن التأخير، وقد تم شحن الطلب.\" → \"شكرًا لتواصلك معنا. نعتذر عن التأخير، وقد تم شحن الطلب.\""]],
  ["افتح التطبيق ثم اختر الطلبات.", ["3:1-3:30 require-thanks \"افتح التطبيق ثم اختر الطلبات.\" → \"شكرًا لتواصلك معنا. افتح التطبيق ثم اختر الطلبات.\""]],
  ["ستصلك رسالة تأكيد خلال ساعة.", ["3:1-3:29 require-thanks \"ستصلك رسالة تأكيد خلال ساعة.\" → \"شكرًا لتواصلك معنا. ستصلك رسالة تأكيد خلال ساعة.\""]],
]);
arabic("no-generic-apology", [
  ["نعتذر عن أي إزعاج. لقد أرسلنا طلبك.", ["3:1-3:18 no-generic-apology \"نعتذر عن أي إزعاج\""]],
  ["نأسف للإزعاج. تم شحن الطلب.", ["3:1-3:13 no-generic-apology \"نأسف للإزعاج\""]],
  ["نعتذر عن الإزعاج الذي سببه لك هذا. سنرسل بديلًا.", ["3:1-3:34 no-generic-apology \"نعتذر عن الإزعاج الذي سببه لك هذا\""]],
  ["أعتذر عن أي مشكلة. قمت بتحديث الحساب.", ["3:1-3:18 no-generic-apology \"أعتذر عن أي مشكلة\""]],
  ["نعتذر عن أي إزعاج قد يكون تسبب لك. أعدنا المبلغ.", ["3:1-3:34 no-generic-apology \"نعتذر عن أي إزعاج قد يكون تسبب لك\""]],
  ["عذرًا على الإزعاج. تم حل المشكلة.", ["3:1-3:18 no-generic-apology \"عذرًا على الإزعاج\""]],
  ["نأسف على أي التباس. التفاصيل الصحيحة أدناه.", ["3:1-3:19 no-generic-apology \"نأسف على أي التباس\""]],
  ["أعتذر عن التأخير. سأتحقق الآن.", ["3:1-3:17 no-generic-apology \"أعتذر عن التأخير\""]],
  ["نعتذر عن أي تأخير. الطلب في الطريق.", ["3:1-3:18 no-generic-apology \"نعتذر عن أي تأخير\""]],
  ["آسفون على المتاعب. أضفنا رصيدًا إلى حسابك.", ["3:1-3:18 no-generic-apology \"آسفون على المتاعب\""]],
]);
arabic("no-generic-greeting", [
  ["عزيزي العميل،", ["1:1-1:14 no-generic-greeting \"عزيزي العميل،\""]],
  ["عميلنا العزيز،", ["1:1-1:15 no-generic-greeting \"عميلنا العزيز،\""]],
  ["عزيزتي العميلة،", ["1:1-1:16 no-generic-greeting \"عزيزتي العميلة،\""]],
  ["مرحبًا،", ["1:1-1:8 no-generic-greeting \"مرحبًا،\""]],
  ["السلام عليكم،", ["1:1-1:14 no-generic-greeting \"السلام عليكم،\""]],
  ["مرحبًا بك،", ["1:1-1:11 no-generic-greeting \"مرحبًا بك،\""]],
  ["أهلا بكم،", ["1:1-1:10 no-generic-greeting \"أهلا بكم،\""]],
  ["عزيزي المستخدم،", ["1:1-1:16 no-generic-greeting \"عزيزي المستخدم،\""]],
  ["سيدي العزيز،", ["1:1-1:13 no-generic-greeting \"سيدي العزيز،\""]],
  ["مرحبا عزيزي العميل،", ["1:1-1:20 no-generic-greeting \"مرحبا عزيزي العميل،\""]],
]);
arabic("no-uncertain-expertise", [
  ["أنا جديد هنا، لذلك لا أعرف الإجابة.", ["3:1-3:13 no-uncertain-expertise \"أنا جديد هنا\"","3:20-3:27 no-uncertain-expertise \"لا أعرف\" → \"دعني أتحقق من\""]],
  ["أنا متدربة في الفريق وسأحاول المساعدة.", ["3:1-3:11 no-uncertain-expertise \"أنا متدربة\""]],
  ["ما زلت أتدرب على النظام.", ["3:1-3:13 no-uncertain-expertise \"ما زلت أتدرب\""]],
  ["لست متأكدًا، لكن المشكلة قد تكون في المتصفح.", ["3:1-3:17 no-uncertain-expertise \"لست متأكدًا، لكن\" → \"دعني أتأكد من ذلك لك:\""]],
  ["أنا غير متأكد من موعد الشحن.", ["3:1-3:14 no-uncertain-expertise \"أنا غير متأكد\" → \"دعني أتأكد\""]],
  ["لا أعرف سبب المشكلة.", ["3:1-3:8 no-uncertain-expertise \"لا أعرف\" → \"دعني أتحقق من\""]],
  ["بصراحة ليس لدي أي فكرة عن ذلك.", ["3:8-3:23 no-uncertain-expertise \"ليس لدي أي فكرة\" → \"دعني أستفسر\""]],
  ["هذا ليس قسمي، راسل قسم الفواتير.", ["3:1-3:13 no-uncertain-expertise \"هذا ليس قسمي\" → \"سأحيل هذا إلى الفريق المختص\""]],
  ["الفواتير ليست مسؤوليتي.", ["3:10-3:23 no-uncertain-expertise \"ليست مسؤوليتي\" → \"سأحيل هذا إلى الفريق المختص\""]],
  ["هذا الأمر ليس من اختصاصي.", ["3:11-3:25 no-uncertain-expertise \"ليس من اختصاصي\" → \"سأحيل هذا إلى الفريق المختص\""]],
]);
arabic("no-tone-mismatch", [
  ["وصل طردك تالفًا 😂", ["3:16-3:19 no-tone-mismatch \" 😂\" → \"\""]],
  ["طلبك مفقود هههههه", ["3:11-3:18 no-tone-mismatch \" هههههه\" → \"\""]],
  ["تأخر الشحن أسبوعًا!!", ["3:19-3:21 no-tone-mismatch \"!!\" → \".\""]],
  ["فقدت شركة الشحن طردك 🎉", ["3:21-3:24 no-tone-mismatch \" 🎉\" → \"\""]],
  ["الجهاز معطل منذ أمس 😊", ["3:20-3:23 no-tone-mismatch \" 😊\" → \"\""]],
  ["لم يصل طلبك بعد هاهاها", ["3:16-3:23 no-tone-mismatch \" هاهاها\" → \"\""]],
  ["سُرق الطرد من أمام الباب!!!", ["3:25-3:28 no-tone-mismatch \"!!!\" → \".\""]],
  ["الطلب متأخر لكن لا تقلق 😎", ["3:24-3:27 no-tone-mismatch \" 😎\" → \"\""]],
  ["تم إلغاء رحلتك 👏", ["3:15-3:18 no-tone-mismatch \" 👏\" → \"\""]],
  ["نعتذر عن انقطاع الخدمة صباح اليوم 🥳", ["3:34-3:37 no-tone-mismatch \" 🥳\" → \"\""]],
]);
arabic("no-wall-of-text", [
  ["راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن.", ["3:1-3:76 no-wall-of-text \"راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن.\""]],
  ["راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟", ["3:1-3:76 no-wall-of-text \"راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟\""]],
  ["راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن.", ["3:1-3:76 no-wall-of-text \"راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن.\""]],
  ["راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟", ["3:1-3:76 no-wall-of-text \"راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟\""]],
  ["راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن.", ["3:1-3:76 no-wall-of-text \"راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن.\""]],
  ["راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟", ["3:1-3:76 no-wall-of-text \"راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟\""]],
  ["راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن.", ["3:1-3:76 no-wall-of-text \"راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن.\""]],
  ["راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟", ["3:1-3:76 no-wall-of-text \"راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟\""]],
  ["راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن.", ["3:1-3:76 no-wall-of-text \"راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن.\""]],
  ["راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟ راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟", ["3:1-3:76 no-wall-of-text \"راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن؟\""]],
]);
arabic("no-unfilled-placeholder", [
  ["مرحبا [اسم العميل]،", ["1:7-1:19 no-unfilled-placeholder \"[اسم العميل]\""]],
  ["مرحبا {{customer.first_name}}،", ["1:7-1:30 no-unfilled-placeholder \"{{customer.first_name}}\""]],
  ["مرحبا {customer_name}،", ["1:7-1:22 no-unfilled-placeholder \"{customer_name}\""]],
  ["مرحبا XXX،", ["1:7-1:10 no-unfilled-placeholder \"XXX\""]],
  ["مرحبا %{recipient.name.first}،", ["1:7-1:30 no-unfilled-placeholder \"%{recipient.name.first}\""]],
  ["مرحبا ليلى، رقم طلبك [رقم الطلب]،", ["1:22-1:33 no-unfilled-placeholder \"[رقم الطلب]\""]],
  ["مرحبا ليلى، الرابط: [أدخل الرابط]،", ["1:21-1:34 no-unfilled-placeholder \"[أدخل الرابط]\""]],
  ["مرحبا ليلى، موعد التسليم [التاريخ]،", ["1:26-1:35 no-unfilled-placeholder \"[التاريخ]\""]],
  ["مرحبا ${order.customer}،", ["1:7-1:24 no-unfilled-placeholder \"${order.customer}\""]],
  ["مرحبا {{ customer.name،", ["1:7-1:24 no-unfilled-placeholder \"{{ customer.name،\""]],
]);
arabic("team-phrases", [
  ["سنرد عليك في أسرع وقت.", ["3:11-3:22 team-phrases \"في أسرع وقت\" → \"خلال يوم عمل\""]],
  ["سنرد عليك في اسرع وقت.", ["3:11-3:22 team-phrases \"في اسرع وقت\" → \"خلال يوم عمل\""]],
  ["سنرد عليك في أسرعِ وقتٍ.", ["3:11-3:24 team-phrases \"في أسرعِ وقتٍ\" → \"خلال يوم عمل\""]],
  ["سنرد عليك في أسـرع وقت.", ["3:11-3:23 team-phrases \"في أسـرع وقت\" → \"خلال يوم عمل\""]],
  ["سنرد عليك في\nأسرع وقت.", ["3:11-4:9 team-phrases \"في\\nأسرع وقت\" → \"خلال يوم عمل\""]],
  ["شكرًا لك يا عميلنا العزيز.", ["3:13-3:26 team-phrases \"عميلنا العزيز\" → \"عميلنا\""]],
  ["لا يمكن ذلك حسب النظام.", ["3:13-3:23 team-phrases \"حسب النظام\""]],
  ["وحسب النظام لا يمكن ذلك.", ["3:2-3:12 team-phrases \"حسب النظام\""]],
  ["هل ستردون في أسرع وقت؟", ["3:11-3:22 team-phrases \"في أسرع وقت\" → \"خلال يوم عمل\""]],
  ["We will reply ASAP.", ["3:15-3:19 team-phrases \"ASAP\" → \"as soon as we can\""]],
]);
arabic("valid-suppression", [
  ["no-negativ-phrasing", ["3:34-3:53 valid-suppression \"no-negativ-phrasing\""]],
  ["require-thank", ["3:34-3:47 valid-suppression \"require-thank\""]],
  ["no-overpromis", ["3:34-3:47 valid-suppression \"no-overpromis\""]],
  ["no-unclear-instruction", ["3:34-3:56 valid-suppression \"no-unclear-instruction\""]],
  ["require-next", ["3:34-3:46 valid-suppression \"require-next\""]],
  ["no-generic-apologies", ["3:34-3:54 valid-suppression \"no-generic-apologies\""]],
  ["no-tone", ["3:34-3:41 valid-suppression \"no-tone\""]],
  ["no-wall", ["3:34-3:41 valid-suppression \"no-wall\""]],
  ["team-phrase", ["3:34-3:45 valid-suppression \"team-phrase\""]],
  ["require-closing", ["3:34-3:49 valid-suppression \"require-closing\""]],
]);

