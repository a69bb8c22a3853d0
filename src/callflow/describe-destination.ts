import { CALL_HANDLING_MESSAGES as WORDS, say, type Language } from '../i18n/index.ts';
import type { CallHandling, Destination } from './model.ts';

/** The lookups a description needs: the account's extensions and IVR menus. */
export type ExtensionDirectory = Pick<CallHandling, 'extensions' | 'ivrMenus'>;

/**
 * An extension as a person names it, `Main Voicemail (ext 300)` / `Main Voicemail (poste 300)`;
 * an id the account doesn't know reads `unknown extension 123`, the only place a raw id is shown.
 */
export function describeExtension(directory: ExtensionDirectory, extensionId: string, language: Language = 'en'): string {
  const extension =
    directory.extensions.find((candidate) => candidate.id === extensionId) ??
    // IVR menus are extensions too, but an account's extension list may leave them out.
    directory.ivrMenus.find((candidate) => candidate.id === extensionId);
  return extension === undefined
    ? say(language, WORDS['unknown-extension'], { id: extensionId })
    : say(language, WORDS.extension, { name: extension.name, number: extension.extensionNumber });
}

/**
 * Where a rule sends calls, as a person would say it: `the company greeting`,
 * `the company greeting, then a hang-up` or `Main Voicemail (ext 300)`.
 */
export function describeDestination(directory: ExtensionDirectory, destination: Destination, language: Language = 'en'): string {
  switch (destination.kind) {
    case 'greeting':
      return say(language, WORDS['destination-greeting']);
    case 'greeting-then-hang-up':
      return say(language, WORDS['destination-greeting-then-hang-up']);
    case 'extension':
      return describeExtension(directory, destination.extensionId, language);
  }
}
