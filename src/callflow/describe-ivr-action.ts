import { CHANGE_MESSAGES as WORDS, say, type Language } from '../i18n/index.ts';
import { describeExtension, type ExtensionDirectory } from './describe-destination.ts';
import type { IvrKeyAction } from './model.ts';

/** An IVR key as callers press it: `key 0`, `key *`, `key #`, or `no input`; `touche 0`, `aucune touche` in French. */
export function describeIvrKey(input: string, language: Language = 'en'): string {
  return say(language, WORDS['ivr-key'], { input });
}

// The actions that name no extension or number, worded by the catalogue.
const PLAIN_ACTIONS = [
  'DialByName',
  'Repeat',
  'ReturnToRoot',
  'ReturnToPrevious',
  'ReturnToTopLevelMenu',
  'Disconnect',
  'DoNothing',
  'ConnectToOperator',
  'TransferToContactCenterNumber',
  'ConnectToIncomingCallRoutingSelection',
] as const;
type PlainAction = (typeof PLAIN_ACTIONS)[number];

function isPlainAction(action: string): action is PlainAction {
  return (PLAIN_ACTIONS as ReadonlyArray<string>).includes(action);
}

/**
 * What pressing a key does, as an instruction: `connect to Support Queue (ext 200)`,
 * `connect to the operator`, `do nothing`; `not set` when the menu has no action for the key.
 * In French `connecter à Support Queue (poste 200)`, `ne rien faire`, `non défini`.
 */
export function describeIvrAction(directory: ExtensionDirectory, action: IvrKeyAction | undefined, language: Language = 'en'): string {
  if (action === undefined) return say(language, WORDS['ivr-not-set']);
  const extension = action.extensionId === undefined ? undefined : describeExtension(directory, action.extensionId, language);
  switch (action.action) {
    case 'Connect':
      return say(language, WORDS['ivr-connect'], extension === undefined ? {} : { extension });
    case 'Voicemail':
      return say(language, WORDS['ivr-voicemail'], extension === undefined ? {} : { extension });
    case 'Transfer':
      return say(language, WORDS['ivr-transfer'], action.phoneNumber === undefined ? {} : { phoneNumber: action.phoneNumber });
  }
  // ConnectToIncomingCallRoutingSelection is undocumented; the catalogue words it from its name
  // (ringcentral-api.md §3).
  if (isPlainAction(action.action)) return say(language, WORDS['ivr-plain-action'], { action: action.action });
  return say(language, WORDS['ivr-other-action'], { action: action.action });
}
