import { CHANGE_MESSAGES as WORDS, inEachLanguage, say } from '../i18n/index.ts';
import type { CallHandlingChange } from './call-handling-change.ts';
import { describeIvrAction, describeIvrKey } from './describe-ivr-action.ts';
import type { ExtensionDirectory } from './describe-destination.ts';
import { ivrActionKey } from './is-same-rule.ts';
import type { IvrMenu } from './model.ts';

// The order keys sit on a phone keypad listing, then the timeout.
const KEY_ORDER = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', 'Star', 'Hash', 'NoInput'];

/** The key actions that differ between two lists of IVR menus, matched by menu id. */
export function diffIvrMenus(
  before: ExtensionDirectory,
  after: ExtensionDirectory,
): ReadonlyArray<CallHandlingChange> {
  return after.ivrMenus.flatMap((menu) => {
    const old = before.ivrMenus.find((candidate) => candidate.id === menu.id);
    return old === undefined ? [] : diffMenu(old, menu, before, after);
  });
}

function diffMenu(old: IvrMenu, menu: IvrMenu, before: ExtensionDirectory, after: ExtensionDirectory): CallHandlingChange[] {
  const inputs = [...new Set([...old.actions, ...menu.actions].map((action) => action.input))].sort(
    (a, b) => keyRank(a) - keyRank(b) || a.localeCompare(b),
  );
  return inputs.flatMap((input): CallHandlingChange[] => {
    const was = old.actions.find((action) => action.input === input);
    const now = menu.actions.find((action) => action.input === input);
    if (was !== undefined && now !== undefined && ivrActionKey(was) === ivrActionKey(now)) return [];
    if (was === undefined && now === undefined) return [];
    return [
      {
        kind: 'ivr-key',
        menuId: menu.id,
        text: inEachLanguage((language) =>
          say(language, WORDS['ivr-key-change'], {
            menu: menu.name,
            number: menu.extensionNumber,
            key: describeIvrKey(input, language),
            before: describeIvrAction(before, was, language),
            after: describeIvrAction(after, now, language),
          }),
        ),
      },
    ];
  });
}

function keyRank(input: string): number {
  const rank = KEY_ORDER.indexOf(input);
  return rank === -1 ? KEY_ORDER.length : rank;
}
