import { describe, expect, it } from 'vitest';
import { lintText } from '../lint-files.js';
import { formatJunit } from './junit.js';

/** XML 1.0's Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
function isXmlChar(codePoint: number): boolean {
  return codePoint === 0x9 || codePoint === 0xa || codePoint === 0xd || (codePoint >= 0x20 && codePoint <= 0xd7ff) || (codePoint >= 0xe000 && codePoint <= 0xfffd) || (codePoint >= 0x10000 && codePoint <= 0x10ffff);
}

describe('--format junit', () => {
  it('writes only characters XML can hold, whatever the reply and the file name hold', () => {
    const odd = '\u0001\u0008\u000b\ufffe\uffff\ud800';
    const result = lintText(`reply${odd}.txt`, `Hi Sam,\n\nYou need to restart${odd} 😀. Your parcel will arrive tomorrow.\n\nBest,\nAna`, {});
    const xml = formatJunit([result]);
    const bad = [...xml].map((c) => c.codePointAt(0)!).filter((c) => !isXmlChar(c));
    expect(bad).toEqual([]);
    expect(xml).toContain('reply\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd.txt');
    expect(result.messages.length).toBeGreaterThan(0);
  });
});

describe('--format junit test cases', () => {
  it('gives a clean reply one passing test case named after the file, and a reply with reports one failing case each', () => {
    const clean = lintText('clean.txt', 'Hi Sam,\n\nThanks for writing in. I have refunded the charge, and it should reach your card within 5 business days.\n\nLet me know if anything else comes up.\n\nBest,\nAna', {});
    expect(clean.messages).toEqual([]);
    const flagged = lintText('flagged.txt', 'Hi Sam,\n\nYou must restart the router.\n\nBest,\nAna', {});
    const xml = formatJunit([clean, flagged]);
    expect(xml).toContain('  <testsuite name="clean.txt" tests="1" failures="0" errors="0" skipped="0" time="0">\n    <testcase name="clean.txt" classname="replylint" time="0"/>\n  </testsuite>');
    expect(xml).toContain(`<testsuite name="flagged.txt" tests="${flagged.messages.length}" failures="${flagged.messages.length}"`);
    expect(xml).not.toContain('<testcase name="flagged.txt" classname="replylint" time="0"/>');
  });
});
