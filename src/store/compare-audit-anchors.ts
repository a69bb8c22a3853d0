import type { Kysely } from 'kysely';
import type { AnchorComparison, AuditAnchor } from './audit-and-outbox-store.ts';
import type { Database } from './database-schema.ts';

/** Entry numbers looked up per query (well under SQLite's and PostgreSQL's bound-parameter limits). */
const CHUNK = 500;

/**
 * Compares the trail with what was kept outside the database. An anchor beyond the last entry
 * means the trail was cut, which the database alone cannot show once no request refers to the
 * removed entries; an anchor whose hash differs means the entry (or one before it) was rewritten.
 * The first rewritten entry is reported, after a cut.
 */
export async function compareAuditAnchors(db: Kysely<Database>, anchors: ReadonlyArray<AuditAnchor>): Promise<AnchorComparison> {
  const bySeq = new Map<number, AuditAnchor[]>();
  for (const anchor of anchors) bySeq.set(anchor.seq, [...(bySeq.get(anchor.seq) ?? []), anchor]);
  const head = await db.selectFrom('audit_entries').select('seq').orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const last = head === undefined ? 0 : Number(head.seq);
  const seqs = [...bySeq.keys()].sort((a, b) => a - b);
  const newest = seqs.at(-1);
  if (newest !== undefined && newest > last) {
    const cut = last === 0 ? 'the database has no entry at all' : `the trail was cut after entry ${last}`;
    return { ok: false, seq: newest, problem: 'removed', message: `Audit entry ${newest} is in the audit channel but not in the database: ${cut}.` };
  }
  for (let start = 0; start < seqs.length; start += CHUNK) {
    const chunk = seqs.slice(start, start + CHUNK);
    const rows = await db.selectFrom('audit_entries').select(['seq', 'hash']).where('seq', 'in', chunk).execute();
    const hashes = new Map(rows.map((row) => [Number(row.seq), row.hash]));
    for (const seq of chunk) {
      const hash = hashes.get(seq);
      if (hash === undefined) {
        return { ok: false, seq, problem: 'removed', message: `Audit entry ${seq} is in the audit channel but not in the database: it was removed.` };
      }
      const differing = bySeq.get(seq)?.find((anchor) => !hash.startsWith(anchor.hashPrefix));
      if (differing !== undefined) {
        return {
          ok: false,
          seq,
          problem: 'rewritten',
          message: `Audit entry ${seq} was rewritten: the audit channel shows hash ${differing.hashPrefix}, the database ${hash.slice(0, differing.hashPrefix.length)}.`,
        };
      }
    }
  }
  return { ok: true, anchors: seqs.length };
}
