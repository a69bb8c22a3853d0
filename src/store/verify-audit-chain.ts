import type { Kysely } from 'kysely';
import type { AuditEntry, AuditVerification } from './audit-and-outbox-store.ts';
import { GENESIS_HASH, hashAuditEntry, toAuditEntry } from './audit-entry-row.ts';
import type { Database } from './database-schema.ts';

/** Entries read per query, so a long trail is walked without holding it all in memory at once. */
const PAGE_SIZE = 500;

type Broken = Extract<AuditVerification, { ok: false }>;

/**
 * Walks the trail in order and reports the first break: a number skipped ('missing'), a link to
 * anything but the previous hash ('out-of-chain'), or content that no longer gives its hash
 * ('edited'). Then checks every request that recorded an audit entry against the trail, which is
 * the only way to notice that the newest entries were removed.
 */
export async function verifyAuditChain(db: Kysely<Database>): Promise<AuditVerification> {
  const hashes: string[] = [];
  let previousHash = GENESIS_HASH;
  for (;;) {
    const rows = await db.selectFrom('audit_entries').selectAll().where('seq', '>', hashes.length).orderBy('seq').limit(PAGE_SIZE).execute();
    for (const row of rows) {
      const seq = hashes.length + 1;
      const broken = findBreak(row, seq, previousHash);
      if (broken !== undefined) return { ok: false, entries: hashes.length, ...broken };
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
  return { ok: true, entries: hashes.length, headHash: previousHash };
}

function findBreak(row: Parameters<typeof toAuditEntry>[0], seq: number, previousHash: string): Omit<Broken, 'ok' | 'entries'> | undefined {
  if (Number(row.seq) !== seq) {
    return { seq, problem: 'missing', message: `Audit entry ${seq} is missing: the trail jumps from entry ${seq - 1} to entry ${row.seq}.` };
  }
  if (row.prev_hash !== previousHash) {
    const before = seq === 1 ? 'the start of the trail' : `entry ${seq - 1}`;
    return { seq, problem: 'out-of-chain', message: `Audit entry ${seq} is out of chain: it does not link to ${before}.` };
  }
  if (!contentGivesHash(row)) {
    return { seq, problem: 'edited', message: `Audit entry ${seq} was edited: its hash does not match its content.` };
  }
  return undefined;
}

function contentGivesHash(row: Parameters<typeof toAuditEntry>[0]): boolean {
  let entry: AuditEntry;
  try {
    entry = toAuditEntry(row);
  } catch {
    return false; // A JSON column that no longer parses was edited by hand.
  }
  const { hash, ...content } = entry;
  return hashAuditEntry(content) === hash;
}
