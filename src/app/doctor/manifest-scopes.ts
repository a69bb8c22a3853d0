import { readFile } from 'node:fs/promises';
import { load } from 'js-yaml';

/** The app manifest a Slack setup was made from: Socket Mode (an app token) is the dev one. */
export function manifestFor(socketMode: boolean): string {
  return socketMode ? 'manifests/switchboard-dev.yaml' : 'manifests/switchboard.yaml';
}

/**
 * The bot scopes a manifest asks for, read from the file itself so the check follows the manifest
 * whenever it changes. Throws when the file is missing or has no bot scopes.
 */
export async function readManifestBotScopes(manifest: string): Promise<ReadonlyArray<string>> {
  const text = await readFile(new URL(`../../../${manifest}`, import.meta.url), 'utf8');
  const scopes = (load(text) as { oauth_config?: { scopes?: { bot?: unknown } } } | undefined)?.oauth_config?.scopes?.bot;
  if (!Array.isArray(scopes) || !scopes.every((scope) => typeof scope === 'string')) throw new Error(`${manifest} lists no bot scopes`);
  return scopes;
}
