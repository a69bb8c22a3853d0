import { createHmac } from 'node:crypto';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { auditSummary, canonicalJson, type AuditEntry } from '../../src/store/index.ts';
import { TEST_AUDIT_KEY } from '../support/test-audit-key.ts';
import { describeEachDatabase } from '../support/use-test-databases.ts';
import { newAuditEntry } from './change-request-fixture.ts';

const SAID = { en: 'Applied 1 operation.', fr: '1 opération appliquée.' };

/** The hash Switchboard gave an entry before summaries were said in French: the same fields, no saidSummary. */
function hashBeforeSaidSummaries(entry: AuditEntry): string {
  const { hash: _hash, saidSummary: _said, ...content } = entry;
  return createHmac('sha256', TEST_AUDIT_KEY).update(content.prevHash + canonicalJson(content)).digest('hex');
}

describeEachDatabase(
  'audit summaries in each language',
  (database) => {
    it('adds the said_summary column (migration 010)', async () => {
      await sql`SELECT said_summary FROM audit_entries`.execute(database().db);
      const applied = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(database().db);
      expect(applied.rows.map((row) => row.name)).toContain('010-said-summaries');
    });

    it('keeps the summary in each language under the hash, beside the English one', async () => {
      const { audit } = database().stores;
      const appended = await audit.append(newAuditEntry({ summary: SAID.en, saidSummary: SAID }));
      const read = await audit.entry(appended.seq);
      expect(read).toMatchObject({ summary: SAID.en, saidSummary: SAID, hash: appended.hash });
      expect(auditSummary(read!, 'fr')).toBe(SAID.fr);
      expect(auditSummary(read!, 'en')).toBe(SAID.en);
      expect(appended.hash).not.toBe(hashBeforeSaidSummaries(appended));
      expect(await audit.verify()).toMatchObject({ ok: true });
    });

    it('hashes an entry without a said summary as before, so older entries verify beside newer ones', async () => {
      const { audit } = database().stores;
      const older = await audit.append(newAuditEntry({ summary: 'Applied 1 operation' }));
      expect(older).not.toHaveProperty('saidSummary');
      expect(older.hash).toBe(hashBeforeSaidSummaries(older));
      expect(auditSummary(older, 'fr')).toBe('Applied 1 operation');
      await audit.append(newAuditEntry({ summary: SAID.en, saidSummary: SAID }));
      expect(await audit.verify()).toMatchObject({ ok: true, entries: 2 });
    });

    it('reports an entry whose French summary was rewritten as edited', async () => {
      const { audit } = database().stores;
      const appended = await audit.append(newAuditEntry({ summary: SAID.en, saidSummary: SAID }));
      const forged = JSON.stringify({ ...SAID, fr: 'Rien à signaler.' });
      await sql`UPDATE audit_entries SET said_summary = ${forged} WHERE seq = ${appended.seq}`.execute(database().db);
      expect(await audit.verify()).toMatchObject({ ok: false, seq: appended.seq, problem: 'edited' });
    });
  },
  { freshForEachTest: true },
);
