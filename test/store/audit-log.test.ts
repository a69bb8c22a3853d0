import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { createStores } from '../../src/store/index.ts';
import { describeEachDatabase } from '../support/use-test-databases.ts';
import { newAuditEntry, newChangeRequest } from './change-request-fixture.ts';

const GENESIS = '0'.repeat(64);

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

    it('verifies an intact chain and reports its head', async () => {
      const entries = await appendEntries(3);

      expect(await database().stores.audit.verify()).toEqual({ ok: true, entries: 3, headHash: entries[2]!.hash });
    });

    it('verifies an empty trail', async () => {
      expect(await database().stores.audit.verify()).toEqual({ ok: true, entries: 0, headHash: GENESIS });
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
      const otherAudit = createStores(other).audit;

      const appended = await Promise.all(
        Array.from({ length: 20 }, (_, index) => (index % 2 === 0 ? audit : otherAudit).append(newAuditEntry({ summary: `concurrent ${index}` }))),
      );

      expect(appended.map((entry) => entry.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
      expect(await audit.verify()).toMatchObject({ ok: true, entries: 20 });
    });
  },
  { freshForEachTest: true },
);
