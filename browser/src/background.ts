/**
 * The service worker: the only place the core runs. Content scripts send the
 * reply's text and get findings back; the text never leaves the machine and
 * is not stored. Linting here keeps the core's work off the page's main
 * thread, so typing in the helpdesk is not slowed and the page's memory does
 * not carry the core.
 */
import type { Request } from './messages.js';
import { lintReply } from './lint-service.js';
import { addDismissed, readDismissed, readTeamConfig, siteSetting } from './settings.js';
import { toLintOptions, type TeamSettings } from './team-config.js';

async function handle(request: Request): Promise<unknown> {
  switch (request.type) {
    case 'lint': {
      const [site, team, dismissed] = await Promise.all([siteSetting(request.origin), readTeamConfig(), readDismissed(request.origin)]);
      if (!site.enabled) return { disabled: true };
      const options = toLintOptions(team?.settings as TeamSettings | undefined, site.channel);
      return lintReply({ text: request.text, options, dismissed, idleMs: request.idleMs, editOffset: request.editOffset });
    }
    case 'site':
      return siteSetting(request.origin);
    case 'dismiss':
      await addDismissed(request.origin, request.key);
      return { ok: true };
    default:
      return { error: 'unknown request' };
  }
}

chrome.runtime.onMessage.addListener((request: Request, _sender, sendResponse) => {
  handle(request).then(sendResponse, (error: unknown) => sendResponse({ error: String(error) }));
  return true;
});
