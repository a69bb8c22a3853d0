import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The steering folder beside the checkout; present in CI and on our machines, never on a user's clone. */
export const SHARED_DIR = fileURLToPath(new URL('../../../shared/', import.meta.url));

/**
 * Whether tests that read ../shared can run. Where it is absent they skip with a one-line notice,
 * except under CI=true, where its absence is a failure.
 */
export function sharedDirAvailable(what: string): boolean {
  if (existsSync(SHARED_DIR)) return true;
  if (process.env.CI === 'true') throw new Error(`${SHARED_DIR} is missing; CI needs it for ${what}.`);
  console.warn(`skipping ${what}: ${SHARED_DIR} is absent (it exists only beside our checkouts)`);
  return false;
}
