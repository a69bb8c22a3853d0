import { createHash, createHmac } from 'node:crypto';
import type { AuditEntry } from './audit-and-outbox-store.ts';
import { canonicalJson } from './canonical-json.ts';

/**
 * How an entry's hash was made, stored with each entry (`audit_entries.hash_scheme`).
 * - `hmac-sha256`: HMAC-SHA256 keyed by SWITCHBOARD_AUDIT_KEY; every entry written now. Without
 *   the key nobody can give edited content a hash that verifies.
 * - `sha256`: plain SHA-256, the scheme of entries written before the key existed (migration
 *   007). Anyone can recompute it, so `verify` accepts it only for the trail's leading run of such
 *   entries, never after a keyed one.
 */
export type AuditHashScheme = 'hmac-sha256' | 'sha256';

/** The scheme every new entry is hashed with. */
export const CURRENT_HASH_SCHEME: AuditHashScheme = 'hmac-sha256';

/** The hash (hex) of the previous hash followed by the entry's canonical JSON without `hash`. */
export function hashAuditEntry(entry: Omit<AuditEntry, 'hash'>, scheme: AuditHashScheme, key: string): string {
  const text = entry.prevHash + canonicalJson(entry);
  const hash = scheme === 'hmac-sha256' ? createHmac('sha256', key) : createHash('sha256');
  return hash.update(text).digest('hex');
}

export function isAuditHashScheme(value: string): value is AuditHashScheme {
  return value === 'hmac-sha256' || value === 'sha256';
}
