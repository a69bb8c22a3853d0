import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
  const text = await readFile(findInProject(manifest), 'utf8');
  const scopes = (load(text) as { oauth_config?: { scopes?: { bot?: unknown } } } | undefined)?.oauth_config?.scopes?.bot;
  if (!Array.isArray(scopes) || !scopes.every((scope) => typeof scope === 'string')) throw new Error(`${manifest} lists no bot scopes`);
  return scopes;
}

/**
 * A project file's path. Looked for upwards from this module: the sources sit three folders below
 * the project, but `npx switchboard` runs a bundle in node_modules/.cache/switchboard/<hash>/.
 * Where it is nowhere, the path it has in the sources, so the error names that.
 */
function findInProject(file: string): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (let folder = here; ; folder = dirname(folder)) {
    if (existsSync(join(folder, file))) return join(folder, file);
    if (dirname(folder) === folder) return join(here, '..', '..', '..', file);
  }
}
