/**
 * The main-thread time the content script spends, summed, so the benchmark can
 * read what the extension adds per keystroke without timing anything else.
 * Kept as a number on the extension's own overlay element.
 */
let total = 0;
let host: HTMLElement | null = null;

export function workHost(element: HTMLElement | null): void {
  host = element;
}

/** Runs `fn` and adds its duration to the total. */
export function timed<T>(fn: () => T): T {
  const began = performance.now();
  try {
    return fn();
  } finally {
    total += performance.now() - began;
    if (host) host.dataset.workMs = total.toFixed(3);
  }
}
