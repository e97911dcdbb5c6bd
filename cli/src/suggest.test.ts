import { describe, expect, it } from 'vitest';
import { closest } from './suggest.js';

describe('closest (did you mean)', () => {
  const options = ['format', 'fix', 'fix-dry-run', 'quiet', 'max-warnings', 'print-config'];
  it('finds a swap, a missing letter and a wrong letter', () => {
    expect(closest('fromat', options)).toBe('format');
    expect(closest('max-warning', options)).toBe('max-warnings');
    expect(closest('quiat', options)).toBe('quiet');
  });
  it('suggests nothing for a word that is no typo of a known one', () => {
    expect(closest('banana', options)).toBeUndefined();
    expect(closest('x'.repeat(5000), options)).toBeUndefined();
  });
});
