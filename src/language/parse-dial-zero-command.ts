import type { CommandContext } from './command-context.ts';
import type { CommandParser } from './command-parser.ts';
import { refuse, type CommandRefusal } from './command-refusal.ts';
import { directoryEntries } from './directory-entries.ts';
import { foldText } from './fold-text.ts';
import type { DialZeroAction, Intent } from './intent.ts';
import { resolveTarget, targetCandidates } from './resolve-target.ts';
import { suggestCandidates } from './suggest-candidates.ts';

type Menu = Extract<Intent, { kind: 'set-dial-zero' }>['menu'];

const DIAL_ZERO = /^(?:dial|press)\s+(?:0|zero)(?:\s+(?:goes\s+)?(?:to|for))?(?:\s+(.*))?$/i;
const IN = /\s+in\s+/gi;
const MAIN_SITE_WORDS = new Set(['main site', 'main menu', 'auto-receptionist', 'auto receptionist', 'company greeting']);
const ACTION_WORDS: ReadonlyMap<string, DialZeroAction> = new Map<string, DialZeroAction>([
  ['greeting', { action: 'ConnectToIncomingCallRoutingSelection' }],
  ['company greeting', { action: 'ConnectToIncomingCallRoutingSelection' }],
  ['nothing', { action: 'DoNothing' }],
  ['do nothing', { action: 'DoNothing' }],
  ['no action', { action: 'DoNothing' }],
  ['operator', { action: 'ConnectToOperator' }],
]);

/**
 * `dial 0 to greeting|nothing|operator|<target> [in <IVR menu>]`: what the "0" key does in an
 * IVR menu. Without a menu it is the main site's own 0 key, which RingCentral cannot change
 * through its API; the Intent says so (`menu.kind: 'main-site'`) and the executor refuses it.
 *
 * @example parseDialZeroCommand('dial 0 to Alice in Support Menu', context)
 *   // { kind: 'set-dial-zero', menu: { kind: 'ivr-menu', menuId: '301' }, action: { action: 'Connect', extensionId: '101' } }
 */
export const parseDialZeroCommand: CommandParser = (text, context) => {
  const command = DIAL_ZERO.exec(text);
  if (!command) return null;
  const body = (command[1] ?? '').trim();
  if (body === '') return refuse('target-missing', '');
  // The last " in <menu>" that names a menu wins, so a target named "Sign in desk" still works.
  for (const match of [...body.matchAll(IN)].reverse()) {
    const menu = resolveMenu(body.slice(match.index + match[0].length), context);
    if (menu === null) continue;
    return withAction(body.slice(0, match.index), menu, context);
  }
  const whole = withAction(body, { kind: 'main-site' }, context);
  const lastIn = [...body.matchAll(IN)].at(-1);
  if (lastIn !== undefined && !whole.ok) {
    const menuText = body.slice(lastIn.index + lastIn[0].length);
    const near = suggestCandidates(menuText, context.ivrMenus, (menu) => menu.name);
    // With nothing alike, a short list of every menu still helps.
    const shown = near.length > 0 || context.ivrMenus.length > 10 ? near : context.ivrMenus;
    return refuse('menu-unknown', menuText, shown.map((menu) => menu.name));
  }
  return whole;
};

function resolveMenu(text: string, context: CommandContext): Menu | null {
  const typed = foldText(text).replace(/^the\s+/, '');
  const number = typed.replace(/^(?:ext\.?|extension|x|#)\s*(?=\d)/, '');
  const menu = context.ivrMenus.find((candidate) => foldText(candidate.name) === typed || candidate.extensionNumber === number);
  if (menu !== undefined) return { kind: 'ivr-menu', menuId: menu.id };
  return MAIN_SITE_WORDS.has(typed) ? { kind: 'main-site' } : null;
}

// Exact extension names win over the action words, as they do for route targets.
function withAction(text: string, menu: Menu, context: CommandContext): { ok: true; intent: Intent } | CommandRefusal {
  const typed = foldText(text).replace(/^the\s+/, '');
  const exact = directoryEntries(context).some((entry) => entry.folded === typed);
  const keyword = exact ? undefined : ACTION_WORDS.get(typed);
  if (keyword !== undefined) return { ok: true, intent: { kind: 'set-dial-zero', menu, action: keyword } };
  const resolution = resolveTarget(text, context, { allowUsers: false });
  if (resolution === null) return refuse('target-unknown', text.trim(), targetCandidates(text, context));
  if (!resolution.ok) return resolution;
  const target = resolution.target;
  if (target.kind === 'greeting') {
    return { ok: true, intent: { kind: 'set-dial-zero', menu, action: { action: 'ConnectToIncomingCallRoutingSelection' } } };
  }
  if (target.kind !== 'extension') return refuse('dial-zero-target-unsupported', text.trim());
  return { ok: true, intent: { kind: 'set-dial-zero', menu, action: { action: 'Connect', extensionId: target.extensionId } } };
}
