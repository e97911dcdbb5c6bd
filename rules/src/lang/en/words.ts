/**
 * English closed-class words and small lexicons the sentence reader needs.
 * Open-class verbs come from the generated lexicon (verbs.generated.ts).
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Words that may open a clause before its subject or verb without changing what it does. */
export const leadWords = set(`
  and but or so then now also just simply first firstly second secondly next finally lastly afterwards
  meanwhile additionally alternatively otherwise however therefore again still ok okay alright sure well
  yes no hey oh plus instead kindly quickly carefully basically really actually once
`);

export const writerPronouns = set('i we us me myself ourselves');
export const subjectPronouns = set('i we you it they he she this that there these those someone somebody everyone everything nothing');

/** Auxiliaries and modals: they make a verb group finite. */
export const finite = set('will would shall should can could may might must am is are was were be been being have has had do does did need');
/** Verbs written open ("factory reset", "power cycle", "double click"): their first words, before one of `openCompoundVerb`. */
export const openCompoundHead = set('factory hard soft force power double triple long right cold');
export const openCompoundVerb = set('reset restart reboot boot cycle quit close stop click tap press refresh');
export const modals = set('will would shall should can could may might must');
export const hedges = set(`
  should may might could usually typically normally generally expect expected expecting estimated estimate likely
  probably possibly hopefully hope aim aiming try trying approximately roughly about around typical average
  ideally perhaps maybe tend tends most mostly often sometimes frequently commonly
`);

/** Verbs that, opening a sentence, are not an instruction: "Hope this helps", "Thanks", "Welcome aboard". */
export const notImperative = set(`
  hope thank thanks welcome wish glad sorry love like congratulate congrats cheers enjoy apologize apologise
  regret appreciate miss wow great happy good bad sad nice awesome amazing well right due best last sounds
  seems looks looking means say said even understand know
  many much few several
`);

/**
 * Contracted and shorthand forms, expanded into the words they stand for ("pls" asks as "please" does). A map, not an
 * object: a word of the text is looked up, and "constructor" or "__proto__" must find nothing.
 */
export const contractions: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ["can't", ['can', 'not']],
  ["won't", ['will', 'not']],
  ["shan't", ['shall', 'not']],
  ["let's", ['let', 'us']],
  ["i'm", ['i', 'am']],
  ['cannot', ['can', 'not']],
  ['gonna', ['going', 'to']],
  ['wanna', ['want', 'to']],
  ['pls', ['please']],
  ['plz', ['please']],
  ['plse', ['please']],
  ['pleez', ['please']],
]);
export const suffixes: Readonly<Record<string, string>> = {
  "'ll": 'will',
  "'re": 'are',
  "'ve": 'have',
  "'d": 'would',
  "'m": 'am',
  "'s": 'is',
};

/** Verbs of the writer's own deeds that are not actions on the case. */
export const notActions = set(`
  apologized apologised regretted hoped wished wanted needed noticed seen saw heard understood understand
  known knew loved liked enjoyed felt thought believed realised realized appreciated experienced missed
  failed been had got gotten made received love like hope wish want need see hear know feel think believe
  appreciate understand realise realize notice apologize apologise regret miss enjoy mean meant
  found discovered learned learnt read reading
  afraid sorry glad happy sad unable able sure aware here there going
  wondering wonder wondered hoping wishing seeing hearing experiencing suggesting suggest suggested
`);

/** Verbs whose future is an outcome others control: a courier delivers, a bank credits. */
export const outcomeVerbs = set(`
  arrive arrives arriving reach reaches delivered deliver ship shipped dispatched credited refunded processed
  reflected reflect show appear clear cleared approved fixed resolved sorted restored released back live ready
  available working work received receive get hear contacted notified emailed replaced returned completed done
  reversed posted cleared land lands see
`);
