import { channels, languages, ruleIds, type Channel, type Language, type SeverityOrOff } from '@replylint/rules';

/** The `replylint.*` settings, as the client sends them through workspace/configuration. */
export interface Settings {
  enable: boolean;
  /** Severity per rule id, over the preset. */
  rules: Record<string, SeverityOrOff>;
  /** Language ids to lint. */
  languages: string[];
  channel: Channel;
  /** The replies' language: `auto` detects it per document from its script. */
  replyLanguage: Language | 'auto';
  /** `auto`: on for prose (plain text and Markdown), off for HTML and other languages. */
  focusMode: 'auto' | 'on' | 'off';
  /** How long the sentence being typed waits, in milliseconds, before its reports show. */
  focusDelay: number;
  /**
   * How long to wait after an edit before linting, in milliseconds. 0 lints on
   * the next turn of the event loop: changes that arrive together are linted
   * once, and a newer edit still cancels a pending lint.
   */
  debounce: number;
  /**
   * Draft-aware timing: how long, in milliseconds, a writer must be idle before
   * an unfinished draft (no sign-off, not saved) gets its whole-reply reports.
   * 0 turns the timing off: whole-reply rules report at once.
   */
  draftIdle: number;
  /** Globs (workspace-relative, gitignore-like `**` and `*`) naming the files that are replies. Untitled drafts are always linted. */
  files: string[];
  /**
   * Whether the editor saves by itself (VS Code's `files.autoSave`, on by
   * default in VS Code for the web): a save then says nothing about the draft
   * being finished. Read from the editor, not a replylint setting.
   */
  autoSave: boolean;
}

/**
 * The language ids real clients send for prose: VS Code and Zed `plaintext`;
 * Neovim, Helix and Emacs (eglot, from `text-mode`) `text`; `txt` from clients
 * that name a language by its extension; `markdown` everywhere, and `gfm` from
 * Emacs's `gfm-mode`.
 */
export const proseLanguages = ['plaintext', 'text', 'txt', 'markdown', 'gfm'];

/** Language ids whose documents are Markdown. */
export const markdownLanguages = new Set(['markdown', 'gfm']);

/** By default every file is a reply except the notes a repository keeps about itself. */
export const defaultFiles = ['**/*', '!**/README*', '!**/CHANGELOG*', '!**/CONTRIBUTING*', '!**/LICENSE*', '!**/node_modules/**'];

export const defaultSettings: Settings = {
  enable: true,
  rules: {},
  languages: proseLanguages,
  channel: 'email',
  replyLanguage: 'auto',
  focusMode: 'auto',
  focusDelay: 1500,
  debounce: 0,
  draftIdle: 30_000,
  files: defaultFiles,
  autoSave: false,
};

/** The longest wait a timer can hold (about 24.8 days): a longer one fires at once, so a delay beyond it means "as long as can be". */
export const maxDelay = 2 ** 31 - 1;

const severities = new Set(['off', 'info', 'warn', 'error']);

/**
 * Reads settings leniently: a bad value falls back to its default and is
 * named in `problems`, so a typo in settings.json never silences the linter.
 */
export function normalizeSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const input = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const settings: Settings = { ...defaultSettings, rules: {} };
  if (typeof input.enable === 'boolean') settings.enable = input.enable;
  if (input.rules !== undefined && input.rules !== null) {
    if (typeof input.rules !== 'object' || Array.isArray(input.rules)) problems.push('replylint.rules must be an object of rule id → severity');
    else {
      for (const [id, severity] of Object.entries(input.rules as Record<string, unknown>)) {
        if (!ruleIds.includes(id)) problems.push(`replylint.rules: unknown rule "${id}"`);
        else if (typeof severity !== 'string' || !severities.has(severity)) problems.push(`replylint.rules.${id}: use off, info, warn or error`);
        else settings.rules[id] = severity as SeverityOrOff;
      }
    }
  }
  if (Array.isArray(input.languages) && input.languages.every((l) => typeof l === 'string')) settings.languages = input.languages as string[];
  else if (input.languages !== undefined) problems.push('replylint.languages must be a list of language ids');
  if (typeof input.channel === 'string') {
    if (channels.includes(input.channel as Channel)) settings.channel = input.channel as Channel;
    else problems.push(`replylint.channel must be one of ${channels.join(', ')}`);
  }
  if (typeof input.replyLanguage === 'string') {
    if (input.replyLanguage === 'auto' || languages.includes(input.replyLanguage as Language)) settings.replyLanguage = input.replyLanguage as Language | 'auto';
    else problems.push(`replylint.replyLanguage must be auto, ${languages.join(' or ')}`);
  }
  if (input.focusMode === 'auto' || input.focusMode === 'on' || input.focusMode === 'off') settings.focusMode = input.focusMode;
  else if (typeof input.focusMode === 'boolean') settings.focusMode = input.focusMode ? 'on' : 'off';
  for (const key of ['focusDelay', 'debounce'] as const) {
    const value = input[key];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) settings[key] = Math.min(value, maxDelay);
    else if (value !== undefined) problems.push(`replylint.${key} must be a number of milliseconds`);
  }
  const draft = input.draft;
  if (draft !== undefined && draft !== null) {
    const idle = typeof draft === 'object' ? (draft as Record<string, unknown>).idleSeconds : undefined;
    if (typeof idle === 'number' && Number.isFinite(idle) && idle >= 0) settings.draftIdle = Math.min(idle * 1000, maxDelay);
    else if (typeof draft !== 'object' || idle !== undefined) problems.push('replylint.draft.idleSeconds must be a number of seconds (0 turns draft timing off)');
  }
  if (Array.isArray(input.files) && input.files.every((f) => typeof f === 'string')) settings.files = input.files as string[];
  else if (input.files !== undefined) problems.push('replylint.files must be a list of globs');
  return { settings, problems };
}
