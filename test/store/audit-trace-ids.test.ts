import { createHmac } from 'node:crypto';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { canonicalJson, type AuditEntry } from '../../src/store/index.ts';
import { TEST_AUDIT_KEY } from '../support/test-audit-key.ts';
import { describeEachDatabase } from '../support/use-test-databases.ts';
import { newAuditEntry, newChangeRequest } from './change-request-fixture.ts';

/** The hash Switchboard gave an entry before trace ids existed: the same fields, no trace keys. */
function hashBeforeTraceIds(entry: AuditEntry): string {
  const { hash: _hash, requestTraceId: _requested, traceId: _trace, ...content } = entry;
  return createHmac('sha256', TEST_AUDIT_KEY).update(content.prevHash + canonicalJson(content)).digest('hex');
}

describeEachDatabase(
  'trace ids in the store',
  (database) => {
    it('keeps the trace id of the interaction that opened a change request', async () => {
      const { requests } = database().stores;
      const stored = await requests.insert({ ...newChangeRequest(), traceId: '0a1b2c3d4e5f' });
      expect((await requests.get(stored.id))?.traceId).toBe('0a1b2c3d4e5f');
      const untraced = await requests.insert(newChangeRequest());
      expect(await requests.get(untraced.id)).not.toHaveProperty('traceId');
    });

    it('keeps both trace ids of an audit entry, under its hash', async () => {
      const { audit } = database().stores;
      const appended = await audit.append(newAuditEntry({ requestTraceId: 'aaaaaaaaaaaa', traceId: 'bbbbbbbbbbbb' }));
      expect(await audit.entry(appended.seq)).toMatchObject({ requestTraceId: 'aaaaaaaaaaaa', traceId: 'bbbbbbbbbbbb', hash: appended.hash });
      // The ids are part of what is hashed: the hash is not the one the same entry without them gets.
      expect(appended.hash).not.toBe(hashBeforeTraceIds(appended));
      expect(await audit.verify()).toMatchObject({ ok: true });
    });

    it('hashes an entry without trace ids exactly as before they existed, so older entries still verify', async () => {
      const { audit } = database().stores;
      const untraced = await audit.append(newAuditEntry({ summary: 'from the console' }));
      expect(untraced).not.toHaveProperty('traceId');
      expect(untraced.hash).toBe(hashBeforeTraceIds(untraced));
      await audit.append(newAuditEntry({ traceId: 'cccccccccccc' }));
      expect(await audit.verify()).toMatchObject({ ok: true });
    });

    it('reports an entry whose trace id was rewritten as edited', async () => {
      const { audit } = database().stores;
      const appended = await audit.append(newAuditEntry({ requestTraceId: 'aaaaaaaaaaaa', traceId: 'bbbbbbbbbbbb' }));
      await sql`UPDATE audit_entries SET trace_id = ${'dddddddddddd'} WHERE seq = ${appended.seq}`.execute(database().db);
      expect(await audit.verify()).toMatchObject({ ok: false, seq: appended.seq, problem: 'edited' });
    });

    it('reports an entry given a trace id it was written without as edited', async () => {
      const { audit } = database().stores;
      const appended = await audit.append(newAuditEntry());
      await sql`UPDATE audit_entries SET trace_id = ${'dddddddddddd'} WHERE seq = ${appended.seq}`.execute(database().db);
      expect(await audit.verify()).toMatchObject({ ok: false, seq: appended.seq, problem: 'edited' });
    });
  },
  { freshForEachTest: true },
);
