import type { ExtensionType } from '../callflow/model.ts';
import type { CommandContext } from './command-context.ts';
import { foldText } from './fold-text.ts';

/** Something calls can be sent to, as the language layer looks names up. */
export interface DirectoryEntry {
  readonly id: string;
  readonly name: string;
  readonly extensionNumber: string;
  readonly type: ExtensionType;
  readonly enabled: boolean;
  /** The name folded for comparison (`foldText`). */
  readonly folded: string;
}

// The extension types a company rule can send calls to (DESIGN.md, "What the seed asks for").
const ROUTABLE_TYPES: ReadonlySet<ExtensionType> = new Set([
  'User',
  'Department',
  'Voicemail',
  'Announcement',
  'SharedLinesGroup',
  'IvrMenu',
]);

// Folding names costs more than the lookups, and one command looks names up many times, so the
// entries are kept per (extensions, menus) pair of arrays; the arrays are read-only data.
const CACHE = new WeakMap<object, WeakMap<object, ReadonlyArray<DirectoryEntry>>>();

/**
 * The routable extensions and IVR menus of the company directory, each once (an IVR menu is also
 * an extension; the extension record wins).
 */
export function directoryEntries(context: Pick<CommandContext, 'extensions' | 'ivrMenus'>): ReadonlyArray<DirectoryEntry> {
  const byMenus = CACHE.get(context.extensions) ?? new WeakMap<object, ReadonlyArray<DirectoryEntry>>();
  const cached = byMenus.get(context.ivrMenus);
  if (cached !== undefined) return cached;
  const entries: DirectoryEntry[] = context.extensions
    .filter((extension) => ROUTABLE_TYPES.has(extension.type))
    .map((extension) => ({ ...extension, folded: foldText(extension.name) }));
  const ids = new Set(entries.map((entry) => entry.id));
  for (const menu of context.ivrMenus) {
    if (ids.has(menu.id)) continue;
    entries.push({ id: menu.id, name: menu.name, extensionNumber: menu.extensionNumber, type: 'IvrMenu', enabled: true, folded: foldText(menu.name) });
  }
  byMenus.set(context.ivrMenus, entries);
  CACHE.set(context.extensions, byMenus);
  return entries;
}

/** How an entry is shown in a list of candidates: "Alice Smith (ext 101)". */
export function describeEntry(entry: Pick<DirectoryEntry, 'name' | 'extensionNumber'>): string {
  return entry.extensionNumber === '' ? entry.name : `${entry.name} (ext ${entry.extensionNumber})`;
}
