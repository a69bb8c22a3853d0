import { describeExtension, type ExtensionDirectory } from './describe-destination.ts';
import type { IvrKeyAction } from './model.ts';

/** An IVR key as callers press it: `key 0`, `key *`, `key #`, or `no input`. */
export function describeIvrKey(input: string): string {
  if (input === 'Star') return 'key *';
  if (input === 'Hash') return 'key #';
  if (input === 'NoInput') return 'no input';
  return `key ${input}`;
}

/**
 * What pressing a key does, as an instruction: `connect to Support Queue (ext 200)`,
 * `connect to the operator`, `do nothing`; `not set` when the menu has no action for the key.
 */
export function describeIvrAction(directory: ExtensionDirectory, action: IvrKeyAction | undefined): string {
  if (action === undefined) return 'not set';
  const extension = action.extensionId === undefined ? 'an extension' : describeExtension(directory, action.extensionId);
  switch (action.action) {
    case 'Connect':
      return `connect to ${extension}`;
    case 'Voicemail':
      return `go to the voicemail of ${extension}`;
    case 'Transfer':
      return `transfer to ${action.phoneNumber ?? 'an outside number'}`;
    case 'DialByName':
      return 'dial by name';
    case 'Repeat':
      return 'repeat the menu';
    case 'ReturnToRoot':
      return 'return to the root menu';
    case 'ReturnToPrevious':
      return 'return to the previous menu';
    case 'ReturnToTopLevelMenu':
      return 'return to the top-level menu';
    case 'Disconnect':
      return 'hang up';
    case 'DoNothing':
      return 'do nothing';
    case 'ConnectToOperator':
      return 'connect to the operator';
    case 'TransferToContactCenterNumber':
      return 'transfer to the contact center';
    case 'ConnectToIncomingCallRoutingSelection':
      // Undocumented; the name suggests the company call handling (ringcentral-api.md §3).
      return 'go to the company call handling';
    default:
      return `RingCentral action "${action.action}"`;
  }
}
