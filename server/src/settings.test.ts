import { describe, expect, it } from 'vitest';
import { defaultSettings, normalizeSettings, proseLanguages } from './settings.js';

describe('settings', () => {
  it('lint by default what every editor sends for prose', () => {
    expect(defaultSettings.languages).toEqual(proseLanguages);
    expect(proseLanguages).toEqual(expect.arrayContaining(['plaintext', 'text', 'markdown']));
  });

  it('read the draft idle time in seconds, and the reply globs', () => {
    const { settings, problems } = normalizeSettings({ draft: { idleSeconds: 12 }, files: ['replies/**'] });
    expect(problems).toEqual([]);
    expect(settings.draftIdle).toBe(12_000);
    expect(settings.files).toEqual(['replies/**']);
    expect(normalizeSettings({}).settings.draftIdle).toBe(30_000);
    expect(normalizeSettings({ draft: { idleSeconds: 0 } }).settings.draftIdle).toBe(0);
  });

  it('name a bad value and keep its default', () => {
    const { settings, problems } = normalizeSettings({ draft: { idleSeconds: -1 }, files: 'replies/**' });
    expect(settings.draftIdle).toBe(30_000);
    expect(settings.files).toEqual(defaultSettings.files);
    expect(problems).toEqual(['replylint.draft.idleSeconds must be a number of seconds (0 turns draft timing off)', 'replylint.files must be a list of globs']);
  });
});
