/**
 * What this session's reviewers and hand checks met, each pinned with the exact reports.
 */
import { describe, expect, it } from 'vitest';
import { report } from '../test/helpers.js';

describe('jargon found twice', () => {
  it('is one report, the longer term, when a code in capitals lies inside a term of the list', () => {
    const text = 'Hi Sam, rotate the token, patch the TXT record and purge the CDN cache. Let me know if that helps. Best, Jo';
    expect(report('no-unclear-instructions', text)).toEqual([
      '1:37-1:47 no-unclear-instructions "TXT record"',
      '1:62-1:65 no-unclear-instructions "CDN"',
    ]);
  });
});
