/** Pairs of replies of the same shape and faults, one in English and one in Arabic, deterministic from a seed. */
export function generateParallelReplies(count: number, seed?: number): Array<{ id: string; en: string; ar: string }>;
