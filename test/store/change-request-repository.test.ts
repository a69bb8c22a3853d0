import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/use-test-databases.ts';
import { greeting } from '../fixtures/call-handling.ts';
import { newChangeRequest } from './change-request-fixture.ts';

const AT = '2025-03-14T18:00:00.000Z';

describeEachDatabase('change request repository', (database) => {
  it('returns an inserted request as pending at version 1, every field as given', async () => {
    const request = newChangeRequest();
    const inserted = await database().stores.requests.insert(request);

    expect(inserted).toEqual({ ...request, id: inserted.id, status: 'pending', version: 1, updatedAt: request.createdAt });
    expect(await database().stores.requests.get(inserted.id)).toEqual(inserted);
  });

  it('reads back every field a request gains on its way, JSON columns equal to what was written', async () => {
    const { requests } = database().stores;
    const original = await requests.insert(newChangeRequest());
    const undo = await requests.insert(newChangeRequest({ undoOf: original.id, replanOf: original.id }));
    const update = {
      decidedBy: 'U-bob',
      reason: 'looked fine',
      applyingOwner: 'host-a:4242',
      applyingLeaseUntil: '2025-03-14T18:05:00.000Z',
      preApply: original.before,
      applied: original.intended,
      outcome: {
        operations: [{ operation: original.plan[0]!, result: 'done' as const, createdRuleId: 'rule-9' }],
        rollback: [],
        summary: 'Applied 1 operation',
      },
      auditSeq: 7,
      auditHash: 'a'.repeat(64),
      updatedAt: AT,
    };

    const moved = await requests.transition(undo.id, 'pending', 1, 'applied', update);

    expect(moved).toEqual({ ...undo, ...update, status: 'applied', version: 2 });
    expect(await requests.get(undo.id)).toEqual(moved);
  });

  it('returns undefined for a request that does not exist', async () => {
    expect(await database().stores.requests.get(999_999)).toBeUndefined();
  });

  it('clears the applying lease when a transition sets it to null', async () => {
    const { requests } = database().stores;
    const request = await requests.insert(newChangeRequest());
    const applying = await requests.transition(request.id, 'pending', 1, 'applying', { applyingOwner: 'host-a:1', applyingLeaseUntil: AT, updatedAt: AT });
    const applied = await requests.transition(request.id, 'applying', 2, 'applied', { applyingOwner: null, applyingLeaseUntil: null, updatedAt: AT });

    expect(applying).toMatchObject({ applyingOwner: 'host-a:1', applyingLeaseUntil: AT });
    expect(applied?.applyingOwner).toBeUndefined();
    expect(applied?.applyingLeaseUntil).toBeUndefined();
  });

  describe('transition', () => {
    it('writes nothing and returns undefined at the wrong version', async () => {
      const { requests } = database().stores;
      const request = await requests.insert(newChangeRequest());

      expect(await requests.transition(request.id, 'pending', 2, 'rejected', { reason: 'no', updatedAt: AT })).toBeUndefined();
      expect(await requests.get(request.id)).toEqual(request);
    });

    it('writes nothing and returns undefined from the wrong status', async () => {
      const { requests } = database().stores;
      const request = await requests.insert(newChangeRequest());

      expect(await requests.transition(request.id, 'approved', 1, 'applying', { updatedAt: AT })).toBeUndefined();
      expect(await requests.get(request.id)).toEqual(request);
    });

    it('lets only the first of two deciders at the same version win', async () => {
      const { requests } = database().stores;
      const request = await requests.insert(newChangeRequest());

      const [rejected, cancelled] = await Promise.all([
        requests.transition(request.id, 'pending', 1, 'rejected', { decidedBy: 'U-bob', updatedAt: AT }),
        requests.transition(request.id, 'pending', 1, 'cancelled', { decidedBy: 'U-alice', updatedAt: AT }),
      ]);

      expect([rejected, cancelled].filter((result) => result !== undefined)).toHaveLength(1);
      expect((await requests.get(request.id))?.version).toBe(2);
    });
  });

  describe('addApproval', () => {
    it('records an approval and keeps the request pending until enough are in', async () => {
      const { requests } = database().stores;
      const request = await requests.insert(newChangeRequest());

      const result = await requests.addApproval(request.id, 1, 'U-bob', AT, 2);

      expect(result).toEqual({ ok: true, status: 'pending', version: 2, approvals: [{ requestId: request.id, approver: 'U-bob', approvedAt: AT }] });
      expect(await requests.get(request.id)).toMatchObject({ status: 'pending', version: 2, updatedAt: AT });
    });

    it('moves the request to approved when the approvals reach the required number', async () => {
      const { requests } = database().stores;
      const request = await requests.insert(newChangeRequest());
      await requests.addApproval(request.id, 1, 'U-bob', AT, 2);

      const result = await requests.addApproval(request.id, 2, 'U-carol', '2025-03-14T18:01:00.000Z', 2);

      expect(result).toMatchObject({ ok: true, status: 'approved', version: 3 });
      expect(result.ok && result.approvals.map((approval) => approval.approver)).toEqual(['U-bob', 'U-carol']);
      expect(await requests.get(request.id)).toMatchObject({ status: 'approved', version: 3, decidedBy: 'U-carol' });
    });

    it('refuses a second approval by the same approver and leaves the version as it was', async () => {
      const { requests } = database().stores;
      const request = await requests.insert(newChangeRequest());
      await requests.addApproval(request.id, 1, 'U-bob', AT, 2);

      expect(await requests.addApproval(request.id, 2, 'U-bob', AT, 2)).toEqual({ ok: false, reason: 'already-approved' });
      expect(await requests.get(request.id)).toMatchObject({ status: 'pending', version: 2 });
      expect(await requests.approvals(request.id)).toHaveLength(1);
    });

    it('reports a conflict at a stale version and records nothing', async () => {
      const { requests } = database().stores;
      const request = await requests.insert(newChangeRequest());
      await requests.addApproval(request.id, 1, 'U-bob', AT, 2);

      expect(await requests.addApproval(request.id, 1, 'U-carol', AT, 2)).toEqual({ ok: false, reason: 'conflict' });
      expect(await requests.approvals(request.id)).toHaveLength(1);
    });

    it('reports a conflict for a request that is no longer pending', async () => {
      const { requests } = database().stores;
      const request = await requests.insert(newChangeRequest());
      await requests.transition(request.id, 'pending', 1, 'cancelled', { updatedAt: AT });

      expect(await requests.addApproval(request.id, 2, 'U-bob', AT, 1)).toEqual({ ok: false, reason: 'conflict' });
    });

    it('lets exactly one of 50 concurrent approvers at the same version win', async () => {
      const { requests } = database().stores;
      const request = await requests.insert(newChangeRequest());
      const approvers = Array.from({ length: 50 }, (_, index) => `U-approver-${index}`);

      const results = await Promise.all(approvers.map((approver) => requests.addApproval(request.id, 1, approver, AT, 1)));

      const winners = results.filter((result) => result.ok);
      expect(winners).toHaveLength(1);
      expect(results.filter((result) => !result.ok && result.reason === 'conflict')).toHaveLength(49);
      expect(await requests.get(request.id)).toMatchObject({ status: 'approved', version: 2 });
      expect(await requests.approvals(request.id)).toHaveLength(1);
    });
  });
});

describeEachDatabase(
  'change request repository list',
  (database) => {
    it('lists requests with the given statuses, newest first, at most limit', async () => {
      const { requests } = database().stores;
      const created = [];
      for (const [index, createdAt] of ['2025-03-14T10:00:00.000Z', '2025-03-14T12:00:00.000Z', '2025-03-14T11:00:00.000Z', '2025-03-14T13:00:00.000Z'].entries()) {
        created.push(await requests.insert(newChangeRequest({ createdAt, commandText: `command ${index}` })));
      }
      await requests.transition(created[3]!.id, 'pending', 1, 'cancelled', { updatedAt: AT });

      const pending = await requests.list({ statuses: ['pending'], limit: 2 });
      const everything = await requests.list({ limit: 10 });

      expect(pending.map((request) => request.commandText)).toEqual(['command 1', 'command 2']);
      expect(everything.map((request) => request.commandText)).toEqual(['command 3', 'command 1', 'command 2', 'command 0']);
      expect(everything[0]?.intent).toEqual({ kind: 'route', rule: 'after-hours', target: greeting });
    });
  },
  { freshForEachTest: true },
);
