import { defineRule } from '../define-rule.js';
import { isInstruction } from '../instructions.js';
import type { ReplyContext, Sentence } from '../context.js';

const note =
  '"Don\'t let the placating \'We\'re sorry!\' do all the work." Follow an apology with a firm next step or a short list of realistic options, and say what you did (seed 003, "Advocate for your customers", LATTE: Listen, Acknowledge, Take action, Thank, Explain).';

/** Something done by the writer or the company: "I've refunded", "we've replied", "the refund was processed". */
const doneGeneric =
  /\b(?:i|we)(?:['’]ve|\s+have|\s+had)?\s+(?:just\s+|now\s+|already\s+|also\s+)?(?!apologi[sz]ed|regretted|hoped|wanted|appreciated|noticed|experienced|loved|liked|enjoyed|failed|missed|understood)[a-z]{3,}ed\b|\b(?:has|have|was|were)\s+(?:(?:now|already|actually|just|also)\s+)*(?:been\s+)?(?:processed|sent|refunded|issued|cancell?ed|escalated|forwarded|passed|shared|logged|raised|fixed|resolved|credited|updated|arranged|dispatched|shipped|approved|reported|recorded|completed|replaced|restored|reactivated|removed|added)\b/iu;
const actionTaken =
  /\b(?:i|we)(?:['’]ve|\s+have|\s+just|\s+went ahead and|\s+already)?\s+(?:just\s+|now\s+|already\s+|gone ahead and\s+)?(?:sent|refunded|issued|processed|escalated|forwarded|updated|created|added|reset|credited|arranged|shipped|cancell?ed|changed|fixed|resolved|passed|reported|raised|logged|booked|scheduled|applied|extended|restored|replaced|attached|included|checked|confirmed|reached out|contacted|flagged|placed|submitted|opened|enabled|disabled|removed|upgraded|reactivated|unlocked|activated|requested|shared|noted|made a note|corrected|adjusted|waived|reversed|merged|released|deployed|re-?sent|set up|taken care|looked into|investigated|tested|verified|spoken|talked|filed|assigned|transferred|moved|emailed|called|ordered|approved|authori[sz]ed|submitted|prepared|initiated|started|completed|dispatched|added)\b/iu;

/** Something coming: "I'll check", "we will email you", "let me look", "we're looking into it". */
const actionComing =
  /\b(?:i|we)(?:['’]ll|\s+will|\s+am going to|['’]m going to|\s+are going to|['’]re going to|\s+would (?:be (?:happy|glad) to|like to|love to)|['’]d (?:be (?:happy|glad) to|like to|love to)|\s+can|['’]m happy to|\s+am happy to|['’]re happy to|\s+are happy to)\s+(?!not\b|never\b|be sorry\b)\S+|(?:^|\s)(?:&amp;|&|and) will \w+|\blet (?:me|us)\s+(?!know\b)\S+|\b(?:i|we)(?:['’]m|['’]re|\s+am|\s+are)\s+(?:now\s+|currently\s+|already\s+|actively\s+|still\s+|busy\s+)?(?:checking|looking|sending|escalating|investigating|working|processing|arranging|reviewing|following up|chasing|reaching out|passing|forwarding|refunding|replacing|shipping|preparing|fixing|updating|monitoring|trying|contacting|speaking|talking|waiting on|on it)\b|\bwhile we (?:work|look|investigate|check|fix)\b|\bwe work (?:to|on)\b|\b(?:i|we)(?:['’]m|['’]re|\s+am|\s+are)\s+(?!(?:experiencing|having|seeing|hearing|feeling|hoping|wondering|sorry|glad|thinking|unable|going through|getting (?:a lot|many|reports))\b)[a-z]{3,}ing\b/iu;

/** What happens next: "you'll receive", "a refund will be issued", "the team will contact you". */
const whatHappensNext =
  /\byou(?:['’]ll|\s+will|\s+should)\s+(?:\S+\s+)?(?:receive|get|see|hear|be (?:contacted|notified|refunded|emailed|able)|notice)\b|\bwill be\s+(?:sent|emailed|processed|refunded|shipped|delivered|in touch|contacted|credited|issued|reviewed|updated|fixed|resolved|released|back|available)\b|\b(?:someone|the team|our team|a (?:specialist|member of (?:our|the) team|colleague|technician|manager|supervisor)|my colleague|our (?:specialists?|engineers?|developers?|billing team|shipping team|warehouse))\s+will\b|\bnext steps?\b|\bexpect (?:a|an|to|it|your)\b|\b(?:is|are) on (?:its|their) way\b|\bshould (?:reflect|arrive|be|show|appear|reach|update|clear|resolve|work)\b/iu;

/** Something for the customer to do, beyond an instruction sentence: a link to act on, a direct message. */
const customerAction =
  /\brequest(?:ing)? you to\b|\b(?:please|kindly)\s+(?!accept\b|note\b|be\b|forgive\b|bear\b)\S+|\b(?:dm|message|email|call|text|ping|contact|reach) us\b|\bsend (?:us|me)\b|\breply (?:with|to)\b|\b(?:here|this link|the link below|the link above)\b.*\bhttps?:|https?:\/\/\S+/iu;

const apology = /\b(?:sorry|apologi[sz]e|apologi[sz]es|our apologies|my apologies|apology|regret)\b/iu;

/** Questions that only make conversation do not move the case. */
const smallTalk = /^\s*(?:how are you|how(?:['’]s| is) (?:it going|your day)|hope (?:you|all)|isn['’]t it|right)\b/iu;

const gratitude = /\b(?:thank|thanks|glad|love|loved|appreciate|made our day|so kind|too kind|delighted|happy to hear|great to hear|enjoy)/iu;

const listItem = /^[ \t]*(?:\d+[.)]|[-*•])\s+\S/mu;

/** A closing invitation keeps the door open but is not itself a next step. */
const invitationOnly =
  /^(?:please\s+)?(?:let (?:me|us) know|feel free|(?:do not|don['’]t) hesitate|reach out|contact us|get in touch)\b.*\b(?:any (?:other |more |further )?questions|anything else|further (?:help|assistance)|more help|any (?:other |more )?(?:issues|problems|concerns))\b/iu;

/**
 * Whether anything in the body moves the case. Each pattern runs once over the
 * body's sentences joined by a separator no pattern can cross (NUL is neither
 * white space nor matched by the patterns), rather than once per sentence.
 */
function movesTheCase(context: ReplyContext, body: readonly Sentence[]): boolean {
  if (body.some((sentence) => sentence.isQuestion && !smallTalk.test(sentence.text))) return true;
  const statements = body.filter((sentence) => !sentence.isQuestion && !invitationOnly.test(sentence.text));
  const joined = statements.map((sentence) => sentence.text).join('\n\u0000\n');
  if ([actionTaken, doneGeneric, actionComing, whatHappensNext, customerAction].some((pattern) => pattern.test(joined))) return true;
  return statements.some(
    (sentence) =>
      isInstruction(sentence) ||
      (listItem.test(context.text.slice(Math.max(0, sentence.start - 6), sentence.end)) &&
        isInstruction({ text: sentence.text.replace(/^[\s\d.)*•-]+/u, ''), isQuestion: false })),
  );
}

export default defineRule(
  {
    id: 'require-next-step',
    description: 'A reply with no concrete next step: nothing done, nothing that will happen, nothing for the customer to do',
    note,
    source: 'seed 003, "Advocate for your customers", "How to close a customer conversation", LATTE',
    example: { bad: "Hi Chris,\n\nWe're sorry for the trouble with your order.\n\nBest,\nPriya", good: "Hi Chris,\n\nWe're sorry for the trouble with your order. I've sent a replacement today.\n\nBest,\nPriya" },
    defaultOptions: {},
  },
  (context) => {
    const body = context.bodySentences();
    if (body.length === 0) return [];
    if (movesTheCase(context, body)) return [];
    // A reply that only thanks the customer for praise has no case to move.
    if (body.every((sentence) => gratitude.test(sentence.text) || !/\p{L}/u.test(sentence.text))) return [];
    const sorry = body.find((sentence) => apology.test(sentence.text));
    // In chat and social replies, often mid-conversation, only a bare apology is worth a report.
    if (!sorry && context.channel !== 'email') return [];
    if (sorry) {
      return [
        {
          start: sorry.start,
          end: sorry.end,
          message: 'This apology is not followed by a next step; say what you have done, what will happen next, or what the customer can do',
          expected: [],
        },
      ];
    }
    const last = context.structure.paragraphs.at(-1) ?? context.structure.body;
    return [
      {
        start: last.start,
        end: last.end,
        message: 'This reply has no next step; say what you have done, what will happen next, or what the customer can do',
        expected: [],
      },
    ];
  },
);
