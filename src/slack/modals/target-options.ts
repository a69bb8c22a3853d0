import type { types } from '@slack/bolt';
import type { CallHandling, Extension } from '../../callflow/index.ts';
import { say, SLACK_MODAL_MESSAGES, type Language } from '../../i18n/index.ts';
import { OPTIONS_LIMIT } from '../block-kit-limits.ts';
import { GREETING_THEN_HANG_UP_VALUE, GREETING_VALUE } from './modal-ids.ts';
import { modalWords, option } from './modal-parts.ts';

/** The targets that are not extensions, offered beside them. */
const SPECIAL_TARGETS = [
  { label: 'target-greeting', value: GREETING_VALUE },
  { label: 'target-greeting-then-hang-up', value: GREETING_THEN_HANG_UP_VALUE },
] as const;

/**
 * The route targets whose label holds what the user typed (case and accents ignored): the two
 * greetings and the enabled extensions, by name or extension number; at most 100, as Slack allows.
 * Extensions whose name or number starts with the text come first. A multi-level IVR account
 * cannot route to the company greeting (AWR-182), so the greetings are not offered there.
 * Labelled, and matched, in the user's `language`.
 */
export function findTargetOptions(directory: Pick<CallHandling, 'extensions' | 'ivrMenus' | 'ivrMode'>, typed: string, language: Language): types.PlainTextOption[] {
  const words = modalWords(language);
  const query = foldForSearch(typed);
  const offered = directory.ivrMode === 'multi-level' ? [] : SPECIAL_TARGETS;
  const specials = offered.filter((target) => foldForSearch(words(target.label)).includes(query)).map((target) => option(words(target.label), target.value));
  const starts: Extension[] = [];
  const contains: Extension[] = [];
  for (const extension of targetExtensions(directory)) {
    if (starts.length + specials.length >= OPTIONS_LIMIT) break;
    const name = foldForSearch(extension.name);
    if (name.startsWith(query) || extension.extensionNumber.startsWith(query)) starts.push(extension);
    else if (name.includes(query) || extension.extensionNumber.includes(query)) contains.push(extension);
  }
  return [...specials, ...[...starts, ...contains].map((extension) => extensionOption(extension, language))].slice(0, OPTIONS_LIMIT);
}

/** The option of a target already chosen (to prefill the editor), or undefined when it is gone. */
export function targetOption(directory: Pick<CallHandling, 'extensions' | 'ivrMenus'>, value: string, language: Language): types.PlainTextOption | undefined {
  const special = SPECIAL_TARGETS.find((target) => target.value === value);
  if (special) return option(modalWords(language)(special.label), special.value);
  const extension = targetExtensions(directory).find((candidate) => candidate.id === value);
  return extension === undefined ? undefined : extensionOption(extension, language);
}

/** Enabled extensions plus the IVR menus the extension list may leave out. */
function targetExtensions(directory: Pick<CallHandling, 'extensions' | 'ivrMenus'>): ReadonlyArray<Extension> {
  const known = new Set(directory.extensions.map((extension) => extension.id));
  const menus = directory.ivrMenus
    .filter((menu) => !known.has(menu.id))
    .map((menu): Extension => ({ id: menu.id, name: menu.name, extensionNumber: menu.extensionNumber, type: 'IvrMenu', enabled: true }));
  return [...directory.extensions.filter((extension) => extension.enabled), ...menus];
}

function extensionOption(extension: Extension, language: Language): types.PlainTextOption {
  // The name is cut, not the number and type, so two long names stay told apart by their number.
  const words = modalWords(language);
  const suffix = say(language, SLACK_MODAL_MESSAGES['extension-option'], { name: '', number: extension.extensionNumber, type: words(`type-${extension.type}`) });
  const room = 75 - suffix.length;
  const name = extension.name.length <= room ? extension.name : `${extension.name.slice(0, Math.max(room - 1, 1))}…`;
  return option(`${name}${suffix}`, extension.id);
}

/** Lower case, accents removed, spaces collapsed: "Chloé" and "chloe" compare equal. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
