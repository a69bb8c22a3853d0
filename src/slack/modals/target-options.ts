import type { types } from '@slack/bolt';
import type { CallHandling, Extension } from '../../callflow/index.ts';
import { OPTIONS_LIMIT } from '../block-kit-limits.ts';
import { GREETING_THEN_HANG_UP_VALUE, GREETING_VALUE } from './modal-ids.ts';
import { option } from './modal-parts.ts';

/** The targets that are not extensions, offered beside them. */
const SPECIAL_TARGETS = [
  { label: 'Company greeting', value: GREETING_VALUE },
  { label: 'Greeting, then hang up', value: GREETING_THEN_HANG_UP_VALUE },
] as const;

/**
 * The route targets whose label holds what the user typed (case and accents ignored): the two
 * greetings and the enabled extensions, by name or extension number; at most 100, as Slack allows.
 * Extensions whose name or number starts with the text come first. A multi-level IVR account
 * cannot route to the company greeting (AWR-182), so the greetings are not offered there.
 */
export function findTargetOptions(directory: Pick<CallHandling, 'extensions' | 'ivrMenus' | 'ivrMode'>, typed: string): types.PlainTextOption[] {
  const query = foldForSearch(typed);
  const offered = directory.ivrMode === 'multi-level' ? [] : SPECIAL_TARGETS;
  const specials = offered.filter((target) => foldForSearch(target.label).includes(query)).map((target) => option(target.label, target.value));
  const starts: Extension[] = [];
  const contains: Extension[] = [];
  for (const extension of targetExtensions(directory)) {
    if (starts.length + specials.length >= OPTIONS_LIMIT) break;
    const name = foldForSearch(extension.name);
    if (name.startsWith(query) || extension.extensionNumber.startsWith(query)) starts.push(extension);
    else if (name.includes(query) || extension.extensionNumber.includes(query)) contains.push(extension);
  }
  return [...specials, ...[...starts, ...contains].map(extensionOption)].slice(0, OPTIONS_LIMIT);
}

/** The option of a target already chosen (to prefill the editor), or undefined when it is gone. */
export function targetOption(directory: Pick<CallHandling, 'extensions' | 'ivrMenus'>, value: string): types.PlainTextOption | undefined {
  const special = SPECIAL_TARGETS.find((target) => target.value === value);
  if (special) return option(special.label, special.value);
  const extension = targetExtensions(directory).find((candidate) => candidate.id === value);
  return extension === undefined ? undefined : extensionOption(extension);
}

/** Enabled extensions plus the IVR menus the extension list may leave out. */
function targetExtensions(directory: Pick<CallHandling, 'extensions' | 'ivrMenus'>): ReadonlyArray<Extension> {
  const known = new Set(directory.extensions.map((extension) => extension.id));
  const menus = directory.ivrMenus
    .filter((menu) => !known.has(menu.id))
    .map((menu): Extension => ({ id: menu.id, name: menu.name, extensionNumber: menu.extensionNumber, type: 'IvrMenu', enabled: true }));
  return [...directory.extensions.filter((extension) => extension.enabled), ...menus];
}

/** Words people use for the extension types. */
const TYPE_LABEL: Readonly<Record<Extension['type'], string>> = {
  User: 'user',
  Department: 'call queue',
  Voicemail: 'voicemail',
  Announcement: 'announcement',
  SharedLinesGroup: 'shared line',
  IvrMenu: 'IVR menu',
  Limited: 'limited',
  Site: 'site',
};

function extensionOption(extension: Extension): types.PlainTextOption {
  // The name is cut, not the number and type, so two long names stay told apart by their number.
  const suffix = ` (ext ${extension.extensionNumber}, ${TYPE_LABEL[extension.type]})`;
  const room = 75 - suffix.length;
  const name = extension.name.length <= room ? extension.name : `${extension.name.slice(0, Math.max(room - 1, 1))}…`;
  return option(`${name}${suffix}`, extension.id);
}

/** Lower case, accents removed, spaces collapsed: "Chloé" and "chloe" compare equal. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
