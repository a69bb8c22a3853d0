import { describe, expect, it } from 'vitest';
import {
  canApprove,
  canRead,
  canRequest,
  describePolicy,
  needsApproval,
  noGroups,
  POLICY_VARIABLES,
  type ApprovalPolicy,
  type GroupDirectory,
  type TeamPolicy,
} from '../../src/workflow/approval-policy.ts';

const LOCAL_ADMIN: ApprovalPolicy = { kind: 'local-admin' };

const TEAM: TeamPolicy = {
  kind: 'team',
  requesters: [
    { kind: 'user', id: 'alice' },
    { kind: 'user', id: 'U0BOB' },
    { kind: 'group', handle: 'ops' },
  ],
  approvers: [
    { kind: 'user', id: 'carol' },
    { kind: 'group', handle: 'leads' },
  ],
  readers: [],
  approvalsRequired: 1,
  allowSelfApproval: false,
  requestTtlMs: 24 * 3_600_000,
  noApprovalFor: ['open', 'close'],
};

/** A group directory from a plain table, counting its lookups. */
function directory(groups: Readonly<Record<string, ReadonlyArray<string>>>): GroupDirectory & { lookups: string[] } {
  const lookups: string[] = [];
  return {
    lookups,
    membersOf: async (handle) => {
      lookups.push(handle);
      return new Set(groups[handle] ?? []);
    },
  };
}

const GROUPS = directory({ ops: ['U0OPS'], leads: ['U0LEAD'] });

describe('canRead, canRequest, canApprove', () => {
  it('let the local admin do everything', async () => {
    const stranger = { id: 'anyone' };
    expect(await canRead(LOCAL_ADMIN, stranger, noGroups)).toBe(true);
    expect(await canRequest(LOCAL_ADMIN, stranger, noGroups)).toBe(true);
    expect(await canApprove(LOCAL_ADMIN, stranger, noGroups)).toBe(true);
  });

  it('let a requester named by id read and request, but not approve', async () => {
    const bob = { id: 'U0BOB', name: 'Bob' };
    expect(await canRead(TEAM, bob, GROUPS)).toBe(true);
    expect(await canRequest(TEAM, bob, GROUPS)).toBe(true);
    expect(await canApprove(TEAM, bob, GROUPS)).toBe(false);
  });

  it('match a user entry against the display name, whatever its case', async () => {
    expect(await canRequest(TEAM, { id: 'U0ALICE', name: 'Alice' }, GROUPS)).toBe(true);
    expect(await canRequest(TEAM, { id: 'ALICE' }, GROUPS)).toBe(true);
  });

  it('let a member of a requesters group request', async () => {
    expect(await canRequest(TEAM, { id: 'U0OPS', name: 'Olga' }, GROUPS)).toBe(true);
  });

  it('let an approver read and approve, but not request', async () => {
    const lead = { id: 'U0LEAD', name: 'Lee' };
    expect(await canRead(TEAM, lead, GROUPS)).toBe(true);
    expect(await canApprove(TEAM, lead, GROUPS)).toBe(true);
    expect(await canRequest(TEAM, lead, GROUPS)).toBe(false);
    expect(await canApprove(TEAM, { id: 'U0CAROL', name: 'carol' }, GROUPS)).toBe(true);
  });

  it('deny someone the policy does not name', async () => {
    const mallory = { id: 'U0MAL', name: 'Mallory' };
    expect(await canRead(TEAM, mallory, GROUPS)).toBe(false);
    expect(await canRequest(TEAM, mallory, GROUPS)).toBe(false);
    expect(await canApprove(TEAM, mallory, GROUPS)).toBe(false);
  });

  it('let a reader or a member of a readers group read, but not request or approve', async () => {
    const withReaders: TeamPolicy = { ...TEAM, readers: [{ kind: 'user', id: 'dave' }, { kind: 'group', handle: 'support' }] };
    const groups = directory({ ops: [], leads: [], support: ['U0SUE'] });
    for (const reader of [{ id: 'U0DAVE', name: 'Dave' }, { id: 'U0SUE' }]) {
      expect(await canRead(withReaders, reader, groups)).toBe(true);
      expect(await canRequest(withReaders, reader, groups)).toBe(false);
      expect(await canApprove(withReaders, reader, groups)).toBe(false);
    }
    expect(await canRead(withReaders, { id: 'U0MAL', name: 'Mallory' }, groups)).toBe(false);
  });

  it('keep letting requesters and approvers read when readers are named', async () => {
    const withReaders: TeamPolicy = { ...TEAM, readers: [{ kind: 'user', id: 'dave' }] };
    expect(await canRead(withReaders, { id: 'U0BOB' }, GROUPS)).toBe(true);
    expect(await canRead(withReaders, { id: 'U0LEAD' }, GROUPS)).toBe(true);
  });

  it('try every user entry of the three lists before looking a group up', async () => {
    const groups = directory({ ops: [], leads: [] });
    expect(await canRead({ ...TEAM, readers: [{ kind: 'group', handle: 'support' }] }, { id: 'carol' }, groups)).toBe(true);
    expect(groups.lookups).toEqual([]);
  });

  it('do not match a group by the actor\'s name', async () => {
    expect(await canApprove(TEAM, { id: 'U0X', name: 'U0LEAD' }, GROUPS)).toBe(false);
  });

  it('do not match a group handle as if it were a user name', async () => {
    expect(await canRequest(TEAM, { id: 'ops', name: 'ops' }, GROUPS)).toBe(false);
  });

  it('let nobody in through a group when the console knows no groups', async () => {
    expect(await canRequest(TEAM, { id: 'U0OPS' }, noGroups)).toBe(false);
  });

  it('look no group up when a user entry already matches', async () => {
    const groups = directory({ ops: [] });
    await canRequest(TEAM, { id: 'alice' }, groups);
    expect(groups.lookups).toEqual([]);
  });

  it('fail, rather than allow, when a group lookup fails', async () => {
    const broken: GroupDirectory = { membersOf: async () => Promise.reject(new Error('usergroups.users.list failed')) };
    await expect(canApprove(TEAM, { id: 'U0LEAD' }, broken)).rejects.toThrow('usergroups.users.list failed');
  });
});

describe('needsApproval', () => {
  it('needs none for the local admin', () => {
    expect(needsApproval(LOCAL_ADMIN, 'route')).toBe(false);
  });

  it('needs none in a team for a kind the policy exempts', () => {
    expect(needsApproval(TEAM, 'open')).toBe(false);
    expect(needsApproval(TEAM, 'close')).toBe(false);
  });

  it('needs approval in a team for every other kind', () => {
    expect(needsApproval(TEAM, 'route')).toBe(true);
    expect(needsApproval(TEAM, 'holidays')).toBe(true);
  });
});

describe('describePolicy', () => {
  it('describes a team policy in one line', () => {
    const policy: ApprovalPolicy = { ...TEAM, noApprovalFor: [] };
    expect(describePolicy(policy)).toBe('Requests from alice, U0BOB, @ops; 1 approval from carol, @leads; no self-approval; requests expire after 24 h.');
  });

  it('adds a second line for the kinds applied without approval', () => {
    expect(describePolicy(TEAM).split('\n')).toEqual([
      'Requests from alice, U0BOB, @ops; 1 approval from carol, @leads; no self-approval; requests expire after 24 h.',
      'Applied without approval: open, close.',
    ]);
  });

  it('counts approvals in the plural and allows self-approval', () => {
    const policy: ApprovalPolicy = { ...TEAM, approvalsRequired: 2, allowSelfApproval: true, noApprovalFor: [] };
    expect(describePolicy(policy)).toBe('Requests from alice, U0BOB, @ops; 2 approvals from carol, @leads; self-approval allowed; requests expire after 24 h.');
  });

  it.each([
    [45, '45 min'],
    [90, '1 h 30 min'],
    [36 * 60, '36 h'],
    [60 * 60 + 30, '2 d 12 h 30 min'],
    [30 * 24 * 60, '30 d'],
  ])('writes a lifetime of %i minutes as "%s"', (minutes, text) => {
    expect(describePolicy({ ...TEAM, requestTtlMs: minutes * 60_000 })).toContain(`requests expire after ${text}.`);
  });

  it('names the readers, when there are any, after the rest of the first line', () => {
    const policy: ApprovalPolicy = { ...TEAM, readers: [{ kind: 'user', id: 'dave' }, { kind: 'group', handle: 'support' }], noApprovalFor: [] };
    expect(describePolicy(policy)).toBe('Requests from alice, U0BOB, @ops; 1 approval from carol, @leads; no self-approval; requests expire after 24 h. Also read by dave, @support.');
  });

  it('tells the local admin how to have a team approve changes', () => {
    expect(describePolicy(LOCAL_ADMIN)).toContain('SWITCHBOARD_APPROVERS');
  });
});

describe('POLICY_VARIABLES', () => {
  it('names the seven policy variables', () => {
    expect(POLICY_VARIABLES).toEqual([
      'SWITCHBOARD_REQUESTERS',
      'SWITCHBOARD_APPROVERS',
      'SWITCHBOARD_READERS',
      'SWITCHBOARD_APPROVALS_REQUIRED',
      'SWITCHBOARD_ALLOW_SELF_APPROVAL',
      'SWITCHBOARD_REQUEST_TTL',
      'SWITCHBOARD_NO_APPROVAL_FOR',
    ]);
  });
});
