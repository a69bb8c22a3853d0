import { expect, it } from 'vitest';
import { createSlackMessageRefs } from '../../src/store/index.ts';
import { describeEachDatabase } from '../support/use-test-databases.ts';
import { newAuditEntry, newChangeRequest } from './change-request-fixture.ts';

describeEachDatabase('Slack message references and single audit entries', (database) => {
  it('finds the approval message of a request, and a second post replaces the first', async () => {
    const refs = createSlackMessageRefs(database().db);
    const request = await database().stores.requests.insert(newChangeRequest());
    expect(await refs.find(request.id, 'approval')).toBeUndefined();
    await refs.save({ requestId: request.id, purpose: 'approval', channel: 'C0APPROVALS', ts: '1700000000.000100' });
    await refs.save({ requestId: request.id, purpose: 'approval', channel: 'C0APPROVALS', ts: '1700000000.000200' });
    expect(await refs.find(request.id, 'approval')).toEqual({ requestId: request.id, purpose: 'approval', channel: 'C0APPROVALS', ts: '1700000000.000200' });
  });

  it('reads one audit entry by its number', async () => {
    const appended = await database().stores.audit.append(newAuditEntry({ summary: 'Applied 1 operation.' }));
    expect(await database().stores.audit.entry(appended.seq)).toEqual(appended);
    expect(await database().stores.audit.entry(appended.seq + 1000)).toBeUndefined();
  });
});
