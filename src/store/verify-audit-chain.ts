import type { Kysely } from 'kysely';
import type { AuditEntry, AuditVerification } from './audit-and-outbox-store.ts';
import { GENESIS_HASH, toAuditEntry } from './audit-entry-row.ts';
import { hashAuditEntry, isAuditHashScheme } from './audit-hash.ts';
import type { Database } from './database-schema.ts';

/** Entries read per query, so a long trail is walked without holding it all in memory at once. */
const PAGE_SIZE = 500;

type Broken = Extract<AuditVerification, { ok: false }>;
type AuditRow = Parameters<typeof toAuditEntry>[0];

/**
 * Walks the trail in order and reports the first break: a number skipped ('missing'), a link to
 * anything but the previous hash ('out-of-chain'), or content that no longer gives its hash under
 * its scheme, or an unkeyed hash after a keyed one ('edited'). Then checks every request that
 * recorded an audit entry against the trail, which notices removed newest entries as long as a
 * request still refers to them.
 */
export async function verifyAuditChain(db: Kysely<Database>, key: string): Promise<AuditVerification> {
  const hashes: string[] = [];
  let previousHash = GENESIS_HASH;
  let unkeyed = 0;
  for (;;) {
    const rows = await db.selectFrom('audit_entries').selectAll().where('seq', '>', hashes.length).orderBy('seq').limit(PAGE_SIZE).execute();
    for (const row of rows) {
      const seq = hashes.length + 1;
      const broken = findBreak(row, seq, previousHash) ?? findEdit(row, seq, { key, keyedBefore: unkeyed < hashes.length });
      if (broken !== undefined) return { ok: false, entries: hashes.length, ...broken };
      if (row.hash_scheme === 'sha256') unkeyed += 1;
      hashes.push(row.hash);
      previousHash = row.hash;
    }
    if (rows.length < PAGE_SIZE) break;
  }

  const requests = await db
    .selectFrom('change_requests')
    .select(['id', 'audit_seq', 'audit_hash'])
    .where('audit_seq', 'is not', null)
    .orderBy('audit_seq')
    .execute();
  for (const request of requests) {
    const seq = Number(request.audit_seq);
    const recorded = hashes[seq - 1];
    if (recorded === undefined) {
      const message = `Audit entry ${seq} is missing: change request ${request.id} records it, but the trail ends at entry ${hashes.length}.`;
      return { ok: false, entries: hashes.length, seq, problem: 'missing', message };
    }
    if (recorded !== request.audit_hash) {
      const message = `Audit entry ${seq} does not match change request ${request.id}: the request recorded a different hash.`;
      return { ok: false, entries: hashes.length, seq, problem: 'request-mismatch', message };
    }
  }
  return { ok: true, entries: hashes.length, headHash: previousHash, unkeyed };
}

function findBreak(row: AuditRow, seq: number, previousHash: string): Omit<Broken, 'ok' | 'entries'> | undefined {
  if (Number(row.seq) !== seq) {
    return { seq, problem: 'missing', message: `Audit entry ${seq} is missing: the trail jumps from entry ${seq - 1} to entry ${row.seq}.` };
  }
  if (row.prev_hash !== previousHash) {
    const before = seq === 1 ? 'the start of the trail' : `entry ${seq - 1}`;
    return { seq, problem: 'out-of-chain', message: `Audit entry ${seq} is out of chain: it does not link to ${before}.` };
  }
  return undefined;
}

/**
 * An edit shows as content that no longer gives its hash. Anyone can recompute a plain SHA-256,
 * so an unkeyed entry after a keyed one is an edit too: only the entries written before the key
 * existed, all at the start of the trail, may carry one.
 */
function findEdit(row: AuditRow, seq: number, chain: { readonly key: string; readonly keyedBefore: boolean }): Omit<Broken, 'ok' | 'entries'> | undefined {
  const edited = (why: string): Omit<Broken, 'ok' | 'entries'> => ({ seq, problem: 'edited', message: `Audit entry ${seq} was edited: ${why}.` });
  const scheme = row.hash_scheme;
  if (!isAuditHashScheme(scheme)) return edited(`its hash scheme ${JSON.stringify(scheme)} is not one Switchboard writes`);
  if (scheme === 'sha256' && chain.keyedBefore) return edited('it carries an unkeyed hash after keyed entries');
  let entry: AuditEntry;
  try {
    entry = toAuditEntry(row);
  } catch {
    return edited('a JSON column no longer parses'); // Only a hand edit leaves one unparsable.
  }
  const { hash, ...content } = entry;
  if (hashAuditEntry(content, scheme, chain.key) === hash) return undefined;
  // The first keyed entry also fails when the key is not the one the trail was written with.
  if (scheme === 'hmac-sha256' && !chain.keyedBefore) {
    return {
      seq,
      problem: 'edited',
      message: `Audit entry ${seq} was edited, or SWITCHBOARD_AUDIT_KEY is not the key the trail was written with: its hash does not match its content.`,
    };
  }
  return edited('its hash does not match its content');
}
