/**
 * Remembers what a pure function computed for each configuration (a compiled
 * matcher for a team's phrases or glossary), forgetting everything once it
 * holds too many, so a long-running server cannot grow without bound.
 */
export function memoizeByConfig<Config, Value>(compute: (config: Config) => Value, limit = 64): (config: Config) => Value {
  const cache = new Map<string, Value>();
  return (config) => {
    const key = JSON.stringify(config);
    if (cache.has(key)) return cache.get(key)!;
    const value = compute(config);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}
