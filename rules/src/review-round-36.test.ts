/**
 * What a reviewer trying the CLI as a new user met: the bundled chat example found to have no next step although it
 * says the order left the warehouse; «سيصل طلبك غدًا» not read as what comes next; a hedge offered on an Arabic promise
 * that a marker of certainty then contradicts («من المتوقع أن يصل طلبك غدًا بالتأكيد»); and "Please:" offered for
 * "You need to:" before a list.
 */
import { describe, expect, it } from 'vitest';
import { only, report } from '../test/helpers.js';
import { readReply } from './index.js';

const actsOf = (sentence: string, language?: 'ar'): string[] => readReply(sentence, { channel: 'chat', language }).body[0]!.reading.acts;

describe("the case's own things moved on, in the simple past", () => {
  it('reads them as something done', () => {
    for (const sentence of ['Your order shipped this morning.', 'Your order left our warehouse this morning.', 'The replacement left the depot today.', 'Your refund went through this morning.']) {
      expect(actsOf(sentence), sentence).toContain('action');
    }
  });

  it('leaves a question, a condition and sympathy alone', () => {
    expect(actsOf('Has your order shipped yet?')).not.toContain('action');
    expect(actsOf("I'm sorry your refund went through so late.")).not.toContain('action');
    expect(actsOf('The warehouse staff confirmed the shipment moments before.')).not.toContain('action');
  });

  it('finds a next step in the bundled chat answer, on the default channel too', () => {
    const text = 'Your order left our warehouse this morning, and the tracking link is in your inbox now. Anything else I can check for you?';
    expect(report('require-next-step', text)).toEqual([]);
    expect(report('require-next-step', 'Sorry about the wait. Anything else I can check for you?', { channel: 'chat' })).toHaveLength(1);
  });
});

describe('Arabic: a delivery said to come', () => {
  it('reads «سيصل» and «سيرد» as what comes next', () => {
    expect(actsOf('سيصل طلبك يوم الأحد.', 'ar')).toContain('next-info');
    expect(actsOf('سيرد عليك الفريق غدا.', 'ar')).toContain('next-info');
    expect(report('require-next-step', 'شكرًا لتواصلك معنا. سيصل طلبك يوم الأحد.', { channel: 'chat', language: 'ar' })).toEqual([]);
    // «سيدة»، «سيرة» are no future.
    expect(actsOf('نشرنا سيرة المؤسس في صفحة من نحن.', 'ar')).not.toContain('next-info');
  });

  it('offers no hedge on a promise a marker of certainty then swears to', () => {
    const sworn = only('no-overpromise', 'شكرًا لتواصلك معنا. سيصل طلبك غدًا بالتأكيد.', { channel: 'chat', language: 'ar' });
    expect(sworn.map((m) => [m.actual, m.expected])).toEqual([['سيصل', []]]);
    const plain = only('no-overpromise', 'شكرًا لتواصلك معنا. سيصل طلبك غدًا.', { channel: 'chat', language: 'ar' });
    expect(plain.map((m) => [m.actual, m.expected])).toEqual([['سيصل', ['من المتوقع أن يصل']]]);
    // Nor «في أقرب وقت ممكن» for «خلال ساعة» before «واحدة مضمونة».
    const hour = only('no-overpromise', 'ستصلك الأدوية خلال ساعة واحدة مضمونة.', { channel: 'chat', language: 'ar' });
    expect(hour.every((m) => (m.expected ?? []).length === 0)).toBe(true);
  });
});

describe('a burden before a colon', () => {
  it('is reported with no rewrite: "Please:" is no sentence', () => {
    const text = 'Hi Sam,\n\nThanks for your email. You need to: restart, then wait.\n\nBest,\nAl';
    expect(only('no-negative-phrasing', text).map((m) => [m.actual, m.expected])).toEqual([['You need to', []]]);
    expect(only('no-negative-phrasing', 'Hi Sam,\n\nYou need to restart the router.\n\nBest,\nAl').map((m) => m.expected)).toEqual([['Please', "Let's", 'The next step is to']]);
  });
});
