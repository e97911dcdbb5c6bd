/** Realistic support replies for benchmarks and tests, deterministic from a seed. */
export function generateReplies(count: number, seed?: number): Array<{ id: string; text: string; channel: 'email' }>;
