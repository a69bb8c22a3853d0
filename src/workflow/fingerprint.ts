import { createHash } from 'node:crypto';
import type { CallHandling } from '../callflow/index.ts';
import { canonicalJson } from '../store/index.ts';

/** A short stable hash of a call-handling state: equal states give equal fingerprints. */
export function fingerprintCallHandling(handling: CallHandling): string {
  return createHash('sha256').update(canonicalJson(handling)).digest('hex').slice(0, 16);
}
