/**
 * What the extension keeps in chrome.storage.local, and nothing else: which
 * sites it is on (and their channel), the team config pasted or imported in the
 * options page, and the findings the agent dismissed. No reply text is stored.
 */
import type { Channel } from '@replylint/rules';

export interface SiteSetting {
  enabled: boolean;
  channel: Channel;
}

export interface TeamConfigRecord {
  /** The config as the agent gave it (JSON or YAML text). */
  source: string;
  /** Where it came from: a file name, or "pasted". */
  origin: string;
  /** The validated settings, as parsed. */
  settings: Record<string, unknown>;
}

export const storageKeys = {
  sites: 'sites',
  team: 'teamConfig',
  dismissed: 'dismissed',
} as const;

export type Sites = Record<string, SiteSetting>;
/** Per site origin, the keys of dismissed findings (see dismissKey). */
export type Dismissed = Record<string, string[]>;

/** A helpdesk ticket is an email; a site whose name says chat gets the chat channel by default. */
export function defaultChannel(origin: string): Channel {
  return /chat|intercom|crisp|livechat|drift|tawk/u.test(origin) ? 'chat' : 'email';
}

/**
 * A finding is dismissed by its rule and the words it flags, so the same
 * words stay quiet after a reload or in the next reply on the same site.
 */
export function dismissKey(ruleId: string, actual: string): string {
  return `${ruleId}\u0000${actual.trim().toLowerCase()}`;
}

export async function readSites(): Promise<Sites> {
  const got = await chrome.storage.local.get(storageKeys.sites);
  return (got[storageKeys.sites] as Sites | undefined) ?? {};
}

export async function siteSetting(origin: string): Promise<SiteSetting> {
  const sites = await readSites();
  return sites[origin] ?? { enabled: false, channel: defaultChannel(origin) };
}

export async function writeSite(origin: string, setting: SiteSetting): Promise<void> {
  const sites = await readSites();
  sites[origin] = setting;
  await chrome.storage.local.set({ [storageKeys.sites]: sites });
}

export async function readDismissed(origin: string): Promise<string[]> {
  const got = await chrome.storage.local.get(storageKeys.dismissed);
  return ((got[storageKeys.dismissed] as Dismissed | undefined) ?? {})[origin] ?? [];
}

export async function addDismissed(origin: string, key: string): Promise<void> {
  const got = await chrome.storage.local.get(storageKeys.dismissed);
  const all = (got[storageKeys.dismissed] as Dismissed | undefined) ?? {};
  const list = all[origin] ?? [];
  if (!list.includes(key)) list.push(key);
  all[origin] = list;
  await chrome.storage.local.set({ [storageKeys.dismissed]: all });
}

export async function readTeamConfig(): Promise<TeamConfigRecord | undefined> {
  const got = await chrome.storage.local.get(storageKeys.team);
  return got[storageKeys.team] as TeamConfigRecord | undefined;
}
