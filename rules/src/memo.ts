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

/**
 * Remembers a value per object, by identity. lint resolves the rules, and
 * each rule's options, once per configuration and passes the same objects lint
 * after lint (a changed configuration gets new ones), so what is derived from
 * them is found again without even serialising the configuration that
 * `memoizeByConfig` keys on.
 */
export function perObject<Key extends object, Value>(compute: (key: Key) => Value): (key: Key) => Value {
  const seen = new WeakMap<Key, { value: Value }>();
  return (key) => {
    let entry = seen.get(key);
    if (!entry) {
      entry = { value: compute(key) };
      seen.set(key, entry);
    }
    return entry.value;
  };
}

/**
 * A cache that keeps what was used lately, in two generations: a hit in the
 * young one costs one lookup (no reordering, which a long document's hundreds
 * of paragraphs a keystroke would pay for), a hit in the old one moves the
 * entry up, and when the young one is full the old one is dropped whole.
 * Holds at most `limit` entries.
 */
export class Generations<Key, Value> {
  private young = new Map<Key, Value>();
  private old = new Map<Key, Value>();

  constructor(private limit: number) {}

  get(key: Key): Value | undefined {
    const value = this.young.get(key);
    if (value !== undefined) return value;
    const aged = this.old.get(key);
    if (aged !== undefined) this.set(key, aged);
    return aged;
  }

  set(key: Key, value: Value): void {
    if (this.limit <= 0) return;
    if (this.young.size >= Math.max(1, this.limit >> 1)) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  /** A new limit; forgets everything. */
  resize(limit: number): void {
    this.limit = limit;
    this.clear();
  }

  clear(): void {
    this.young.clear();
    this.old.clear();
  }
}
