// Loads src/app/cli.ts with no build step for the user (DESIGN.md, contract 1), fast. Transpiling
// ~300 TypeScript modules one by one through tsx's loader costs most of a second at every start,
// so the sources are bundled once with esbuild (about 0.1 s) into node_modules/.cache/switchboard/,
// under a fingerprint of the source files, and later starts import the bundle. Packages stay
// external, and each subcommand is its own chunk, loaded when it runs. When the bundle can't be
// written or built (a read-only install), tsx runs the sources directly, as before.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = join(ROOT, 'src');
const ENTRY = join(SOURCES, 'app', 'cli.ts');
const CACHE = join(ROOT, 'node_modules', '.cache', 'switchboard');
const BUILD_OPTIONS = {
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  // Function names in stack traces, as the sources have them.
  keepNames: true,
  logLevel: 'silent',
};

/** The `main` of src/app/cli.ts, from the bundle when it can be had, else through tsx. */
export async function loadCli() {
  const bundle = await bundledEntry().catch(() => undefined);
  if (bundle !== undefined) return import(pathToFileURL(bundle).href);
  const { register } = await import('tsx/esm/api');
  register();
  return import(pathToFileURL(ENTRY).href);
}

/** The bundle's entry file for the sources as they are now, built first when there is none. */
async function bundledEntry() {
  const folder = join(CACHE, sourceFingerprint());
  const entry = join(folder, 'cli.js');
  if (existsSync(entry)) return entry;
  mkdirSync(CACHE, { recursive: true });
  const building = `${folder}.${process.pid}.tmp`;
  const { build } = await import('esbuild');
  await build({ ...BUILD_OPTIONS, entryPoints: [ENTRY], outdir: building });
  try {
    renameSync(building, folder);
  } catch {
    // Another process finished the same bundle first: use theirs.
    rmSync(building, { recursive: true, force: true });
  }
  removeOldBundles(folder);
  return entry;
}

/** A hash of the build options and of every source file's path, size and modification time: any edit makes a new bundle. */
function sourceFingerprint() {
  const hash = createHash('sha256').update(JSON.stringify(BUILD_OPTIONS));
  const visit = (folder) => {
    for (const item of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, item.name);
      if (item.isDirectory()) visit(path);
      else if (item.name.endsWith('.ts')) {
        const stat = statSync(path);
        hash.update(`${relative(SOURCES, path)}\0${stat.size}\0${stat.mtimeMs}\n`);
      }
    }
  };
  visit(SOURCES);
  return hash.digest('hex').slice(0, 16);
}

/** How long a bundle of earlier sources is kept: a process started from it may still import its chunks. */
const KEEP_OLD_BUNDLES_MS = 60 * 60 * 1000;

/** Removes bundles of earlier sources (and builds abandoned half-way) once they are an hour old. */
function removeOldBundles(current) {
  for (const name of readdirSync(CACHE)) {
    const path = join(CACHE, name);
    if (path !== current && Date.now() - statSync(path).mtimeMs > KEEP_OLD_BUNDLES_MS) rmSync(path, { recursive: true, force: true });
  }
}
