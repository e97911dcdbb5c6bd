import { describe, expect, it } from 'vitest';
import { detectLanguage, rules } from '@replylint/rules';
import { typingTexts, warmUp, warmUpTexts } from './warm-up.js';

const finished = (options: Parameters<typeof warmUp>[0] = {}): Promise<number> => new Promise((resolve) => warmUp({ ...options, done: resolve }));

describe('the warm-up', () => {
  it('covers every rule example in both languages, and a reply long enough to be checked paragraph by paragraph', () => {
    const texts = warmUpTexts();
    for (const rule of rules) expect(texts).toContain(rule.meta.example.bad);
    expect(texts.some((t) => detectLanguage(t) === 'ar')).toBe(true);
    expect(Math.max(...texts.map((t) => t.length))).toBeGreaterThan(4000);
  });

  it('types into a reply parsed paragraph by paragraph and into one checked paragraph by paragraph, a character at a time', () => {
    const states = typingTexts();
    const lengths = states.map((t) => t.length);
    // Two runs of states, each one character longer than the one before.
    const restarts = lengths.filter((length, i) => i > 0 && length !== lengths[i - 1]! + 1).length;
    expect(restarts).toBe(1);
    const reply = states[0]!;
    const long = states.at(-1)!;
    expect(reply.length).toBeGreaterThan(1000);
    expect(reply.length).toBeLessThan(4000);
    expect(long.length).toBeGreaterThan(4000);
  });

  it('runs its rounds in slices, letting other work in between', async () => {
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    const lints = await finished({ rounds: 2, slice: 1 });
    clearInterval(ticker);
    expect(lints).toBe(warmUpTexts().length * 2 + typingTexts().length);
    expect(turns).toBeGreaterThan(3);
  });

  it('waits while the writer is busy, then goes on', async () => {
    const start = performance.now();
    const busyUntil = start + 300;
    const lints = await finished({ rounds: 1, busy: () => performance.now() < busyUntil });
    expect(lints).toBe(warmUpTexts().length + typingTexts().length);
    expect(performance.now() - start).toBeGreaterThanOrEqual(300);
  });

  it('stops when asked, whether between slices or waiting on the writer', async () => {
    let done = 0;
    const stopSlices = warmUp({ rounds: 50, done: () => done++ });
    stopSlices();
    const stopWaiting = warmUp({ rounds: 1, busy: () => true, done: () => done++ });
    await new Promise((resolve) => setTimeout(resolve, 150));
    stopWaiting();
    // Stopped timers stay stopped, and other timers still run on time.
    const start = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(performance.now() - start).toBeLessThan(1000);
    expect(done).toBe(0);
  });
});
