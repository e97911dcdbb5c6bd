// Timing for the benchmarks, made for a shared and noisy machine: tools take
// turns, round after round, so each round sees the same conditions for all of
// them, and what is reported are medians (of times, and of per-round ratios).
import { performance } from 'node:perf_hooks';

export const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

/**
 * Runs every tool over the same texts, `repeat` passes a turn, in `rounds`
 * interleaved rounds. A tool is `{ name, run, async? }`; an async tool's
 * result is awaited text by text. Returns, per tool, the median milliseconds
 * per text and the per-round times.
 */
export async function interleave(tools, texts, { rounds, repeat = 1 }) {
  const samples = tools.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (const [i, tool] of tools.entries()) {
      const start = performance.now();
      for (let r = 0; r < repeat; r++) {
        if (tool.async) for (const text of texts) await tool.run(text);
        else for (const text of texts) tool.run(text);
      }
      samples[i].push((performance.now() - start) / (texts.length * repeat));
    }
  }
  return tools.map((tool, i) => ({ name: tool.name, ms: median(samples[i]), samples: samples[i] }));
}

/** How many times slower `a` is than `b`: the median of their per-round ratios. */
export function ratio(a, b) {
  return median(a.samples.map((ms, round) => ms / b.samples[round]));
}
