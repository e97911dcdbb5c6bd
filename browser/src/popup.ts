/**
 * The toolbar popup: enables the extension on the current site (it is off
 * everywhere by default) and picks that site's channel.
 */
import type { Channel } from '@replylint/rules';
import { siteSetting, writeSite } from './settings.js';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

async function currentTab(): Promise<number | undefined> {
  // ?tab= lets the popup be opened as a page for a given tab (keyboard users, tests); else the active tab.
  const given = new URLSearchParams(location.search).get('tab');
  if (given) return Number(given);
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function main(): Promise<void> {
  const tabId = await currentTab();
  let origin: string | undefined;
  if (tabId !== undefined) {
    try {
      const answer = (await chrome.tabs.sendMessage(tabId, { type: 'origin' }, { frameId: 0 })) as { origin?: string } | undefined;
      origin = answer?.origin;
    } catch {
      origin = undefined;
    }
  }
  if (!origin || origin === 'null') {
    $('site').textContent = 'replylint cannot run on this page.';
    return;
  }
  $('site').textContent = origin;
  const enabled = $<HTMLInputElement>('enabled');
  const channel = $<HTMLSelectElement>('channel');
  const setting = await siteSetting(origin);
  enabled.checked = setting.enabled;
  channel.value = setting.channel;
  enabled.disabled = false;
  channel.disabled = false;
  const save = (): Promise<void> => writeSite(origin!, { enabled: enabled.checked, channel: channel.value as Channel });
  enabled.addEventListener('change', () => void save());
  channel.addEventListener('change', () => void save());
  document.body.dataset.ready = 'true';
}

void main();
