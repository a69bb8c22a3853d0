import type { CallHandling, Destination } from './model.ts';

/** The lookups a description needs: the account's extensions and IVR menus. */
export type ExtensionDirectory = Pick<CallHandling, 'extensions' | 'ivrMenus'>;

/**
 * An extension as a person names it, `Main Voicemail (ext 300)`; an id the account doesn't know
 * reads `unknown extension 123`, the only place a raw id is shown.
 */
export function describeExtension(directory: ExtensionDirectory, extensionId: string): string {
  const extension =
    directory.extensions.find((candidate) => candidate.id === extensionId) ??
    // IVR menus are extensions too, but an account's extension list may leave them out.
    directory.ivrMenus.find((candidate) => candidate.id === extensionId);
  return extension === undefined
    ? `unknown extension ${extensionId}`
    : `${extension.name} (ext ${extension.extensionNumber})`;
}

/**
 * Where a rule sends calls, as a person would say it: `the company greeting`,
 * `the company greeting, then a hang-up` or `Main Voicemail (ext 300)`.
 */
export function describeDestination(directory: ExtensionDirectory, destination: Destination): string {
  switch (destination.kind) {
    case 'greeting':
      return 'the company greeting';
    case 'greeting-then-hang-up':
      return 'the company greeting, then a hang-up';
    case 'extension':
      return describeExtension(directory, destination.extensionId);
  }
}
