/**
 * The reply model's vocabulary: what a sentence does (its act), who does it
 * (its agent), how sure it is (its modality). Language packs read sentences
 * into these terms; rules judge replies in them and know no language.
 */

/** What a sentence does, in the order that decides its primary act when it does several. */
export const actOrder = [
  'greeting',
  'sign-off',
  'invitation',
  'step',
  'commitment',
  'action',
  'next-info',
  'refusal',
  'rule',
  'apology',
  'empathy',
  'thanks',
  'question',
  'news',
  'other',
] as const;

export type Act = (typeof actOrder)[number];

/** Who does, or controls, what the sentence is about. */
export type Agent = 'writer' | 'customer' | 'third' | 'none';

/** How the sentence holds what it says. */
export type Modality = 'certain' | 'hedged' | 'conditional' | 'negated' | 'past';

export interface Span {
  /** Offsets in the reply's text (UTF-16 code units). */
  start: number;
  end: number;
}

/** One clause of a sentence, as far as the rules need it. */
export interface Clause extends Span {
  agent: Agent;
  modality: Modality;
  /** The clause is the condition of another ("if the error persists"). */
  condition: boolean;
  /** The clause speaks of a future outcome ("will arrive", "you'll receive", "will be fixed"). */
  future: boolean;
  /** The clause's subject is a third party or a thing whose outcome others control. */
  outcome: boolean;
  /**
   * A present tense, certain and unqualified, about a someone or something named ("the installer turns up at 8", "it's
   * on your doormat Friday", "TAP have you on the flight"): with a time to come, as sure as "will".
   */
  scheduled?: boolean;
}

/** What a language pack makes of one sentence. */
export interface Reading {
  /** Every act the sentence performs, primary first. */
  acts: Act[];
  agent: Agent;
  modality: Modality;
  /** An apology that names what went wrong (not "any inconvenience"). */
  specific: boolean;
  clauses: Clause[];
  /** Dates, times, durations (ranges and placeholders included). */
  times: Span[];
  /** Words that make a statement certain: "guaranteed", "100%", "rest assured", "without fail". */
  certainty: Span[];
  /** Phone numbers and links: somewhere the customer can go next. */
  contacts: Span[];
  /** A promise with nothing firm in it ("we'll get this sorted", "I'll do my best"): a commitment, but no next step. */
  hollow?: boolean;
}

/** The primary act of a list of acts: the first in `actOrder`. */
export function primaryAct(acts: Iterable<Act>): Act {
  let best: Act = 'other';
  let rank: number = actOrder.length;
  for (const act of acts) {
    const r = actOrder.indexOf(act);
    if (r < rank) {
      rank = r;
      best = act;
    }
  }
  return best;
}

/** Acts that move the case forward: something done, coming, to do, or known next. */
export const movingActs: ReadonlySet<Act> = new Set<Act>(['step', 'commitment', 'action', 'next-info', 'question']);

/** Whether a reading moves the case: one of the moving acts, and not only a promise with nothing firm in it. */
export function moves(reading: Reading): boolean {
  return reading.acts.some((act) => movingActs.has(act) && !(act === 'commitment' && reading.hollow === true));
}
