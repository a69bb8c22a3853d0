import { createHash, createHmac } from 'node:crypto';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { canonicalJson, createStores, type AuditEntry, type NewAuditEntry } from '../../src/store/index.ts';
import { TEST_AUDIT_KEY } from '../support/test-audit-key.ts';
import { describeEachDatabase } from '../support/use-test-databases.ts';
import { newAuditEntry, newChangeRequest } from './change-request-fixture.ts';

const GENESIS = '0'.repeat(64);

/** How someone with write access to the database might recompute a hash: the old plain SHA-256, or an HMAC under a key they guess. */
type Hasher = (text: string) => string;
const plainSha256: Hasher = (text) => createHash('sha256').update(text).digest('hex');
const hmacWith = (key: string): Hasher => (text) => createHmac('sha256', key).update(text).digest('hex');

/** An entry's hash under a hasher: over the previous hash and the canonical JSON of the entry without its hash. */
function hashOf(content: Omit<AuditEntry, 'hash'>, hasher: Hasher): string {
  return hasher(content.prevHash + canonicalJson(content));
}

describeEachDatabase(
  'audit log',
  (database) => {
    /** Appends entries numbered 1..count, one at a time. */
    async function appendEntries(count: number) {
      const entries = [];
      for (let index = 1; index <= count; index += 1) entries.push(await database().stores.audit.append(newAuditEntry({ summary: `entry ${index}` })));
      return entries;
    }

    it('numbers entries from 1 and links each to the hash before it', async () => {
      const [first, second] = await appendEntries(2);

      expect(first).toMatchObject({ seq: 1, prevHash: GENESIS, summary: 'entry 1' });
      expect(second).toMatchObject({ seq: 2, prevHash: first!.hash });
      expect(first!.hash).toMatch(/^[0-9a-f]{64}$/);
    });

    /**
     * Rewrites the summary of entry `from` and relinks every later entry, recomputing each hash with
     * `hasher` and setting the scheme column to `scheme`, as someone with a SQL prompt could.
     */
    async function rewriteFrom(from: number, hasher: Hasher, scheme: string): Promise<void> {
      const other = await database().openAnother();
      const { audit } = database().stores;
      let prevHash = (await audit.entry(from))!.prevHash;
      for (let seq = from; ; seq += 1) {
        const stored = await audit.entry(seq);
        if (stored === undefined) break;
        const { hash: _replaced, ...content } = { ...stored, prevHash, summary: seq === from ? 'nothing happened' : stored.summary };
        const hash = hashOf(content, hasher);
        await sql`UPDATE audit_entries SET summary = ${content.summary}, prev_hash = ${prevHash}, hash = ${hash}, hash_scheme = ${scheme} WHERE seq = ${seq}`.execute(other.db);
        prevHash = hash;
      }
    }

    /** Entries 1..count as a Switchboard before the audit key wrote them: plain SHA-256, and no hash_scheme (the migration's default). */
    async function insertUnkeyedEntries(count: number): Promise<void> {
      const other = await database().openAnother();
      let prevHash = GENESIS;
      for (let seq = 1; seq <= count; seq += 1) {
        const entry: NewAuditEntry = newAuditEntry({ requestId: undefined, summary: `before the key ${seq}` });
        const hash = hashOf({ seq, prevHash, ...entry }, plainSha256);
        await sql`INSERT INTO audit_entries (seq, event, recorded_at, request_id, requested_by, approved_by, command_text, changes, operations, summary, prev_hash, hash)
          VALUES (${seq}, ${entry.event}, ${entry.recordedAt}, ${null}, ${entry.requestedBy}, ${JSON.stringify(entry.approvedBy)}, ${entry.commandText},
            ${JSON.stringify(entry.changes)}, ${JSON.stringify(entry.operations)}, ${entry.summary}, ${prevHash}, ${hash})`.execute(other.db);
        prevHash = hash;
      }
    }

    it('verifies an intact chain and reports its head', async () => {
      const entries = await appendEntries(3);

      expect(await database().stores.audit.verify()).toEqual({ ok: true, entries: 3, headHash: entries[2]!.hash, unkeyed: 0 });
    });

    it('verifies an empty trail', async () => {
      expect(await database().stores.audit.verify()).toEqual({ ok: true, entries: 0, headHash: GENESIS, unkeyed: 0 });
    });

    it('keys each hash: HMAC-SHA256 under the audit key, not a hash anyone can recompute', async () => {
      const [first] = await appendEntries(1);
      const { hash, ...content } = first!;

      expect(hash).toBe(hashOf(content, hmacWith(TEST_AUDIT_KEY)));
      expect(hash).not.toBe(hashOf(content, plainSha256));
    });

    it('finds an entry rewritten with a recomputed unkeyed SHA-256 hash, the later ones relinked', async () => {
      await appendEntries(3);
      await rewriteFrom(2, plainSha256, 'sha256');

      expect(await database().stores.audit.verify()).toEqual({
        ok: false,
        entries: 1,
        seq: 2,
        problem: 'edited',
        message: 'Audit entry 2 was edited: it carries an unkeyed hash after keyed entries.',
      });
    });

    it('finds an entry given a recomputed unkeyed hash under the keyed scheme', async () => {
      await appendEntries(3);
      await rewriteFrom(2, plainSha256, 'hmac-sha256');

      expect(await database().stores.audit.verify()).toMatchObject({ ok: false, seq: 2, problem: 'edited', message: 'Audit entry 2 was edited: its hash does not match its content.' });
    });

    it('finds an entry rewritten with an HMAC under another key, the later ones relinked', async () => {
      await appendEntries(3);
      await rewriteFrom(2, hmacWith('a-guessed-key-that-is-not-the-audit-key'), 'hmac-sha256');

      expect(await database().stores.audit.verify()).toMatchObject({ ok: false, entries: 1, seq: 2, problem: 'edited' });
    });

    it('cannot tell a trail rewritten unkeyed from its first entry from one written before the key: only the audit channel can', async () => {
      const entries = await appendEntries(3);
      await rewriteFrom(1, plainSha256, 'sha256');
      const { audit } = database().stores;

      expect(await audit.verify()).toMatchObject({ ok: true, entries: 3, unkeyed: 3 });
      const posted = entries.map((entry) => ({ seq: entry.seq, hashPrefix: entry.hash.slice(0, 12) }));
      expect(await audit.compareWithAnchors(posted)).toMatchObject({ ok: false, seq: 1, problem: 'rewritten' });
    });

    it('accepts the unkeyed entries written before the key, at the start of the trail, and keys the ones after', async () => {
      await insertUnkeyedEntries(2);
      const appended = await appendEntries(2);

      expect(appended.map((entry) => entry.seq)).toEqual([3, 4]);
      expect(await database().stores.audit.verify()).toEqual({ ok: true, entries: 4, headHash: appended[1]!.hash, unkeyed: 2 });
    });

    it('finds an entry written before the key whose content was edited', async () => {
      await insertUnkeyedEntries(2);
      await appendEntries(1);
      const other = await database().openAnother();
      await sql`UPDATE audit_entries SET summary = 'nothing happened' WHERE seq = 2`.execute(other.db);

      expect(await database().stores.audit.verify()).toMatchObject({ ok: false, seq: 2, problem: 'edited' });
    });

    it('says the key may be wrong when the first keyed entry does not verify', async () => {
      await insertUnkeyedEntries(1);
      await appendEntries(2);
      const withAnotherKey = createStores(await database().openAnother(), { auditKey: 'another-key-0123456789abcdef0123456789' }).audit;

      expect(await withAnotherKey.verify()).toEqual({
        ok: false,
        entries: 1,
        seq: 2,
        problem: 'edited',
        message: 'Audit entry 2 was edited, or SWITCHBOARD_AUDIT_KEY is not the key the trail was written with: its hash does not match its content.',
      });
    });

    it('finds an entry whose hash scheme was set to one Switchboard never writes', async () => {
      await appendEntries(2);
      const other = await database().openAnother();
      await sql`UPDATE audit_entries SET hash_scheme = 'none' WHERE seq = 2`.execute(other.db);

      expect(await database().stores.audit.verify()).toMatchObject({ ok: false, seq: 2, problem: 'edited', message: 'Audit entry 2 was edited: its hash scheme "none" is not one Switchboard writes.' });
    });

    it('returns the latest entries newest first, as appended', async () => {
      const entries = await appendEntries(3);

      expect(await database().stores.audit.latest(2)).toEqual([entries[2], entries[1]]);
    });

    it('keeps an entry without a request and verifies it', async () => {
      const entry = await database().stores.audit.append(newAuditEntry({ requestId: undefined, approvedBy: [], operations: [] }));

      expect((await database().stores.audit.latest(1))[0]).toEqual(entry);
      expect((await database().stores.audit.verify()).ok).toBe(true);
    });

    it('finds a middle entry whose summary was edited in SQL', async () => {
      await appendEntries(3);
      const other = await database().openAnother();
      await sql`UPDATE audit_entries SET summary = 'nothing happened' WHERE seq = 2`.execute(other.db);

      expect(await database().stores.audit.verify()).toEqual({
        ok: false,
        entries: 1,
        seq: 2,
        problem: 'edited',
        message: 'Audit entry 2 was edited: its hash does not match its content.',
      });
    });

    it('finds an edited entry whose hash was recomputed, because the next one no longer links to it', async () => {
      await appendEntries(3);
      const other = await database().openAnother();
      await sql`UPDATE audit_entries SET hash = ${'f'.repeat(64)} WHERE seq = 2`.execute(other.db);

      expect(await database().stores.audit.verify()).toMatchObject({ ok: false, seq: 2, problem: 'edited' });
    });

    it('finds a deleted middle entry at its number', async () => {
      await appendEntries(4);
      const other = await database().openAnother();
      await sql`DELETE FROM audit_entries WHERE seq = 3`.execute(other.db);

      expect(await database().stores.audit.verify()).toMatchObject({ ok: false, entries: 2, seq: 3, problem: 'missing' });
    });

    it('finds a deleted middle entry whose successors were renumbered, as out of chain', async () => {
      await appendEntries(4);
      const other = await database().openAnother();
      await sql`DELETE FROM audit_entries WHERE seq = 2`.execute(other.db);
      await sql`UPDATE audit_entries SET seq = seq - 1 WHERE seq = 3`.execute(other.db);

      expect(await database().stores.audit.verify()).toMatchObject({ ok: false, seq: 2, problem: 'out-of-chain' });
    });

    it('finds a deleted last entry through the request that recorded it', async () => {
      const { requests, audit } = database().stores;
      const request = await requests.insert(newChangeRequest());
      await appendEntries(2);
      const last = await audit.append(newAuditEntry({ requestId: request.id }));
      await requests.transition(request.id, 'pending', 1, 'cancelled', { auditSeq: last.seq, auditHash: last.hash, updatedAt: last.recordedAt });
      const other = await database().openAnother();
      await sql`DELETE FROM audit_entries WHERE seq = 3`.execute(other.db);

      expect(await audit.verify()).toEqual({
        ok: false,
        entries: 2,
        seq: 3,
        problem: 'missing',
        message: `Audit entry 3 is missing: change request ${request.id} records it, but the trail ends at entry 2.`,
      });
    });

    it('finds a request whose recorded hash differs from its entry', async () => {
      const { requests, audit } = database().stores;
      const request = await requests.insert(newChangeRequest());
      const entry = await audit.append(newAuditEntry({ requestId: request.id }));
      await requests.transition(request.id, 'pending', 1, 'cancelled', { auditSeq: entry.seq, auditHash: 'b'.repeat(64), updatedAt: entry.recordedAt });

      expect(await audit.verify()).toMatchObject({ ok: false, seq: 1, problem: 'request-mismatch' });
    });

    it('keeps 20 concurrent appends from two connections in one gapless chain', async () => {
      const other = await database().openAnother();
      const { audit } = database().stores;
      const otherAudit = createStores(other, { auditKey: TEST_AUDIT_KEY }).audit;

      const appended = await Promise.all(
        Array.from({ length: 20 }, (_, index) => (index % 2 === 0 ? audit : otherAudit).append(newAuditEntry({ summary: `concurrent ${index}` }))),
      );

      expect(appended.map((entry) => entry.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
      expect(await audit.verify()).toMatchObject({ ok: true, entries: 20 });
    });

    describe('compared with the chain heads posted outside the database', () => {
      const anchorOf = (entry: AuditEntry) => ({ seq: entry.seq, hashPrefix: entry.hash.slice(0, 12) });

      it('matches the entries as appended, posted in any order and more than once', async () => {
        const entries = await appendEntries(3);
        const posted = [entries[2]!, entries[0]!, entries[2]!].map(anchorOf);

        expect(await database().stores.audit.compareWithAnchors(posted)).toEqual({ ok: true, anchors: 2 });
        expect(await database().stores.audit.compareWithAnchors([])).toEqual({ ok: true, anchors: 0 });
      });

      it('finds the first entry whose hash differs from the posted one', async () => {
        const entries = await appendEntries(3);
        await rewriteFrom(2, plainSha256, 'sha256');
        const rewritten = await database().stores.audit.entry(2);

        expect(await database().stores.audit.compareWithAnchors(entries.map(anchorOf))).toEqual({
          ok: false,
          seq: 2,
          problem: 'rewritten',
          message: `Audit entry 2 was rewritten: the audit channel shows hash ${entries[1]!.hash.slice(0, 12)}, the database ${rewritten!.hash.slice(0, 12)}.`,
        });
      });

      it('finds a deleted last entry, which the trail alone does not show', async () => {
        const entries = await appendEntries(3);
        const other = await database().openAnother();
        await sql`DELETE FROM audit_entries WHERE seq = 3`.execute(other.db);
        const { audit } = database().stores;

        // Nothing in the database refers to entry 3 any more (it has no request), so the chain alone looks whole.
        expect(await audit.verify()).toMatchObject({ ok: true, entries: 2 });
        expect(await audit.compareWithAnchors(entries.map(anchorOf))).toEqual({
          ok: false,
          seq: 3,
          problem: 'removed',
          message: 'Audit entry 3 is in the audit channel but not in the database: the trail was cut after entry 2.',
        });
      });

      it('finds an emptied trail', async () => {
        const entries = await appendEntries(1);
        const other = await database().openAnother();
        await sql`DELETE FROM audit_entries`.execute(other.db);

        expect(await database().stores.audit.compareWithAnchors(entries.map(anchorOf))).toMatchObject({
          ok: false,
          problem: 'removed',
          message: 'Audit entry 1 is in the audit channel but not in the database: the database has no entry at all.',
        });
      });
    });
  },
  { freshForEachTest: true },
);
