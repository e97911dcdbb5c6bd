/** The options page: the team config, imported from a file or pasted, validated with the CLI's schema. */
import { parseTeamConfig } from './team-config.js';
import { readSites, readTeamConfig, storageKeys, type TeamConfigRecord } from './settings.js';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const source = $<HTMLTextAreaElement>('source');
const status = $('status');
let origin = 'pasted';

function say(text: string, ok: boolean): void {
  status.textContent = text;
  status.className = ok ? 'ok' : 'error';
}

async function save(): Promise<void> {
  const text = source.value;
  if (text.trim() === '') return say('Nothing to save.', false);
  const parsed = parseTeamConfig(text, origin);
  if (!parsed.ok) return say(`Not saved: ${parsed.error}`, false);
  const record: TeamConfigRecord = { source: text, origin, settings: parsed.settings as Record<string, unknown> };
  await chrome.storage.local.set({ [storageKeys.team]: record });
  say(`Saved.${parsed.ignored.length ? ` Ignored here (they apply to files): ${parsed.ignored.join(', ')}.` : ''}`, true);
}

$('save').addEventListener('click', () => void save());
$('clear').addEventListener('click', () => {
  void chrome.storage.local.remove(storageKeys.team).then(() => {
    source.value = '';
    say('Team config removed.', true);
  });
});
$('forget').addEventListener('click', () => {
  void chrome.storage.local.remove(storageKeys.dismissed).then(() => {
    $('dismissed-count').textContent = '0';
  });
});
$<HTMLInputElement>('file').addEventListener('change', (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (!file) return;
  void file.text().then((text) => {
    source.value = text;
    origin = file.name;
    return save();
  });
});
source.addEventListener('input', () => {
  origin = 'pasted';
});

void (async () => {
  const team = await readTeamConfig();
  if (team) {
    source.value = team.source;
    origin = team.origin;
  }
  const sites = await readSites();
  const list = $('sites');
  for (const [site, setting] of Object.entries(sites)) {
    if (!setting.enabled) continue;
    const li = document.createElement('li');
    li.textContent = `${site} (${setting.channel})`;
    list.append(li);
  }
  const dismissed = ((await chrome.storage.local.get(storageKeys.dismissed))[storageKeys.dismissed] ?? {}) as Record<string, string[]>;
  $('dismissed-count').textContent = String(Object.values(dismissed).reduce((n, list) => n + list.length, 0));
  document.body.dataset.ready = 'true';
})();
