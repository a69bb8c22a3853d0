import { describe, expect, it } from 'vitest';
import { buildPolicy } from '../../src/app/build-policy.ts';
import { loadSettings } from '../../src/app/load-settings.ts';
import { ConfigError } from '../../src/config.ts';

/** Two approvers who also ask (the default requesters): each has the other to approve their requests. */
const APPROVERS = { SWITCHBOARD_APPROVERS: 'carol,dave' } as const;

/** The policy the environment reads as. */
function policyOf(env: Record<string, string | undefined>) {
  return loadSettings(env).policy;
}

/** The ConfigError the environment is refused with. */
function errorOf(env: Record<string, string | undefined>): ConfigError {
  try {
    loadSettings(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`accepted: ${JSON.stringify(env)}`);
}

describe('loadSettings: the approval policy', () => {
  it('acts for one local admin when no policy variable is set', () => {
    expect(policyOf({})).toEqual({ kind: 'local-admin' });
  });

  it('counts empty and blank policy variables as unset', () => {
    expect(policyOf({ SWITCHBOARD_APPROVERS: '', SWITCHBOARD_REQUEST_TTL: '  ', SWITCHBOARD_NO_APPROVAL_FOR: undefined })).toEqual({ kind: 'local-admin' });
  });

  it('makes a team policy with the defaults when only the approvers are set', () => {
    expect(policyOf({ SWITCHBOARD_APPROVERS: 'U024BE7LH,@ops-leads' })).toEqual({
      kind: 'team',
      requesters: [
        { kind: 'user', id: 'U024BE7LH' },
        { kind: 'group', handle: 'ops-leads' },
      ],
      approvers: [
        { kind: 'user', id: 'U024BE7LH' },
        { kind: 'group', handle: 'ops-leads' },
      ],
      readers: [],
      approvalsRequired: 1,
      allowSelfApproval: false,
      requestTtlMs: 24 * 3_600_000,
      noApprovalFor: [],
    });
  });

  it('reads requesters apart from approvers, trimming spaces around items', () => {
    expect(policyOf({ SWITCHBOARD_REQUESTERS: ' alice , bob,@ops ', SWITCHBOARD_APPROVERS: 'carol' })).toMatchObject({
      requesters: [
        { kind: 'user', id: 'alice' },
        { kind: 'user', id: 'bob' },
        { kind: 'group', handle: 'ops' },
      ],
      approvers: [{ kind: 'user', id: 'carol' }],
    });
  });

  it('reads the readers, who read besides the requesters and approvers', () => {
    expect(policyOf({ SWITCHBOARD_READERS: 'erin, @support', ...APPROVERS })).toMatchObject({
      readers: [
        { kind: 'user', id: 'erin' },
        { kind: 'group', handle: 'support' },
      ],
      requesters: [
        { kind: 'user', id: 'carol' },
        { kind: 'user', id: 'dave' },
      ],
    });
  });

  it('refuses bad readers the same way, naming SWITCHBOARD_READERS', () => {
    expect(errorOf({ SWITCHBOARD_READERS: 'erin,,frank', ...APPROVERS }).message).toBe(
      'SWITCHBOARD_READERS has an empty item in "erin,,frank": separate items with single commas; e.g. SWITCHBOARD_READERS=dave,@support',
    );
  });

  it('accepts names with accents, dots and dashes', () => {
    expect(policyOf({ SWITCHBOARD_APPROVERS: 'chloé,jean-luc,a.b,@team_2' })).toMatchObject({
      approvers: [
        { kind: 'user', id: 'chloé' },
        { kind: 'user', id: 'jean-luc' },
        { kind: 'user', id: 'a.b' },
        { kind: 'group', handle: 'team_2' },
      ],
    });
  });

  it.each([
    ['SWITCHBOARD_REQUESTERS', 'alice'],
    ['SWITCHBOARD_READERS', 'erin'],
    ['SWITCHBOARD_APPROVALS_REQUIRED', '1'],
    ['SWITCHBOARD_ALLOW_SELF_APPROVAL', 'false'],
    ['SWITCHBOARD_REQUEST_TTL', '24h'],
    ['SWITCHBOARD_NO_APPROVAL_FOR', 'open'],
  ])('needs approvers once %s is set', (name, value) => {
    const error = errorOf({ [name]: value });
    expect(error.message).toMatch(/^SWITCHBOARD_APPROVERS is not set: .*e\.g\. SWITCHBOARD_APPROVERS=U024BE7LH,@ops-leads$/);
    expect(error.message).toContain(name);
  });

  it.each([
    ['a,,b', 'empty item in "a,,b"'],
    [',alice', 'empty item'],
    ['alice,', 'empty item'],
    ['alice smith,bob', 'space inside "alice smith"'],
    ['@ops leads', 'space inside "@ops leads"'],
    ['@', '"@", which is not a Slack user id'],
    ['<@U024BE7LH>', '"<@U024BE7LH>", which is not a Slack user id'],
    ['alice@example.com', '"alice@example.com", which is not'],
  ])('refuses the approvers "%s"', (value, problem) => {
    const message = errorOf({ SWITCHBOARD_APPROVERS: value }).message;
    expect(message).toMatch(/^SWITCHBOARD_APPROVERS has /);
    expect(message).toContain(problem);
    expect(message).toMatch(/e\.g\. SWITCHBOARD_APPROVERS=U024BE7LH,@ops-leads$/);
  });

  it('refuses bad requesters the same way, naming SWITCHBOARD_REQUESTERS', () => {
    expect(errorOf({ SWITCHBOARD_REQUESTERS: 'a,,b', ...APPROVERS }).message).toMatch(/^SWITCHBOARD_REQUESTERS has an empty item in "a,,b".*e\.g\. SWITCHBOARD_REQUESTERS=/);
  });

  it.each([
    ['1', 1],
    ['10', 10],
    [' 3 ', 3],
  ])('reads SWITCHBOARD_APPROVALS_REQUIRED=%s', (value, count) => {
    expect(policyOf({ SWITCHBOARD_APPROVALS_REQUIRED: value, SWITCHBOARD_APPROVERS: '@leads' })).toMatchObject({ approvalsRequired: count });
  });

  it.each(['0', '11', '2.5', 'two', '-1', '1e1'])('refuses SWITCHBOARD_APPROVALS_REQUIRED=%s', (value) => {
    expect(errorOf({ SWITCHBOARD_APPROVALS_REQUIRED: value, ...APPROVERS }).message).toBe(
      `SWITCHBOARD_APPROVALS_REQUIRED must be a whole number from 1 to 10, not "${value}"; e.g. SWITCHBOARD_APPROVALS_REQUIRED=2`,
    );
  });

  it.each([
    ['true', true],
    ['YES', true],
    ['1', true],
    ['False', false],
    ['no', false],
    ['0', false],
  ])('reads SWITCHBOARD_ALLOW_SELF_APPROVAL=%s', (value, allowed) => {
    expect(policyOf({ SWITCHBOARD_ALLOW_SELF_APPROVAL: value, ...APPROVERS })).toMatchObject({ allowSelfApproval: allowed });
  });

  it.each(['maybe', 'on', 'y'])('refuses SWITCHBOARD_ALLOW_SELF_APPROVAL=%s', (value) => {
    expect(errorOf({ SWITCHBOARD_ALLOW_SELF_APPROVAL: value, ...APPROVERS }).message).toBe(
      `SWITCHBOARD_ALLOW_SELF_APPROVAL must be true or false (yes/no and 1/0 work too), not "${value}"; e.g. SWITCHBOARD_ALLOW_SELF_APPROVAL=false`,
    );
  });

  it.each([
    ['24h', 24 * 60],
    ['90m', 90],
    ['2d', 2 * 24 * 60],
    ['1h30m', 90],
    ['1d 12h', 36 * 60],
    ['1m', 1],
    ['30d', 30 * 24 * 60],
    ['PT24H', 24 * 60],
    ['pt90m', 90],
    ['P1DT2H', 26 * 60],
  ])('reads SWITCHBOARD_REQUEST_TTL=%s', (value, minutes) => {
    expect(policyOf({ SWITCHBOARD_REQUEST_TTL: value, ...APPROVERS })).toMatchObject({ requestTtlMs: minutes * 60_000 });
  });

  it.each(['24', 'a day', '3w', 'h', 'P1X', '-1h'])('refuses the unreadable SWITCHBOARD_REQUEST_TTL=%s', (value) => {
    expect(errorOf({ SWITCHBOARD_REQUEST_TTL: value, ...APPROVERS }).message).toBe(
      `SWITCHBOARD_REQUEST_TTL must be a duration such as 24h, 90m, 2d, 1h30m or PT24H, not "${value}"; e.g. SWITCHBOARD_REQUEST_TTL=24h`,
    );
  });

  it.each(['0m', 'PT30S', 'PT', '31d', '30d1m', 'P1Y'])('refuses SWITCHBOARD_REQUEST_TTL=%s outside 1 minute to 30 days', (value) => {
    expect(errorOf({ SWITCHBOARD_REQUEST_TTL: value, ...APPROVERS }).message).toBe(
      `SWITCHBOARD_REQUEST_TTL must be from 1 minute to 30 days, not "${value}"; e.g. SWITCHBOARD_REQUEST_TTL=24h`,
    );
  });

  it('reads the change kinds applied without approval, in any case, ignoring questions', () => {
    expect(policyOf({ SWITCHBOARD_NO_APPROVAL_FOR: 'Close, open,status,test,open', ...APPROVERS })).toMatchObject({ noApprovalFor: ['close', 'open'] });
  });

  it('accepts every change kind in SWITCHBOARD_NO_APPROVAL_FOR', () => {
    const all = 'route,add-rule,holidays,close,open,set-business-hours,set-ring-mode,set-dial-zero,change-rule';
    expect(policyOf({ SWITCHBOARD_NO_APPROVAL_FOR: all, ...APPROVERS })).toMatchObject({ noApprovalFor: all.split(',') });
  });

  it.each([
    ['deploy', '"deploy", which is not a kind of change (route, add-rule,'],
    ['approve', '"approve", which is not a kind of change'],
    ['open,,close', 'empty item'],
  ])('refuses SWITCHBOARD_NO_APPROVAL_FOR=%s', (value, problem) => {
    const message = errorOf({ SWITCHBOARD_NO_APPROVAL_FOR: value, ...APPROVERS }).message;
    expect(message).toMatch(/^SWITCHBOARD_NO_APPROVAL_FOR has /);
    expect(message).toContain(problem);
    expect(message).toMatch(/e\.g\. SWITCHBOARD_NO_APPROVAL_FOR=open,close$/);
  });

  it('refuses more required approvals than there are approving users', () => {
    expect(errorOf({ SWITCHBOARD_APPROVERS: 'carol,dave,CAROL', SWITCHBOARD_APPROVALS_REQUIRED: '3' }).message).toMatch(
      /^SWITCHBOARD_APPROVALS_REQUIRED is 3 but SWITCHBOARD_APPROVERS names 2 users and no group, so no request could ever be approved/,
    );
  });

  it('accepts as many required approvals as there are approving users, when they do not ask for changes', () => {
    expect(policyOf({ SWITCHBOARD_REQUESTERS: 'alice', SWITCHBOARD_APPROVERS: 'carol,dave', SWITCHBOARD_APPROVALS_REQUIRED: '2' })).toMatchObject({ approvalsRequired: 2 });
  });

  it('refuses a lone approver who asks for changes too, since no one else could approve their requests', () => {
    expect(errorOf({ SWITCHBOARD_APPROVERS: 'carol' }).message).toBe(
      "SWITCHBOARD_APPROVERS leaves carol no other approver, so carol's own requests could never get 1 approval (SWITCHBOARD_REQUESTERS is unset, so the approvers ask for changes, and SWITCHBOARD_ALLOW_SELF_APPROVAL is off); add approvers, set SWITCHBOARD_REQUESTERS to who asks, or allow self-approval, e.g. SWITCHBOARD_ALLOW_SELF_APPROVAL=true",
    );
  });

  it('refuses a requester who approves too when the approvers besides them are too few', () => {
    expect(errorOf({ SWITCHBOARD_REQUESTERS: 'alice,Dave', SWITCHBOARD_APPROVERS: 'carol,dave', SWITCHBOARD_APPROVALS_REQUIRED: '2' }).message).toBe(
      "SWITCHBOARD_APPROVERS leaves Dave only 1 other approver, so Dave's own requests could never get 2 approvals (Dave is in SWITCHBOARD_REQUESTERS too, and SWITCHBOARD_ALLOW_SELF_APPROVAL is off); add approvers, set SWITCHBOARD_REQUESTERS to who asks, or allow self-approval, e.g. SWITCHBOARD_ALLOW_SELF_APPROVAL=true",
    );
  });

  it.each([
    ['self-approval is allowed', { SWITCHBOARD_APPROVERS: 'carol', SWITCHBOARD_ALLOW_SELF_APPROVAL: 'true' }],
    ['the requesters do not approve', { SWITCHBOARD_REQUESTERS: 'alice', SWITCHBOARD_APPROVERS: 'carol' }],
    ['a requesters group may hold others', { SWITCHBOARD_REQUESTERS: '@ops', SWITCHBOARD_APPROVERS: 'carol' }],
    ['an approvers group may hold others', { SWITCHBOARD_APPROVERS: 'carol,@leads' }],
  ])('accepts a lone approving user when %s', (_, env) => {
    expect(policyOf(env)).toMatchObject({ kind: 'team' });
  });

  it('refuses a requester list naming nobody', () => {
    const settings = { requesters: [], approvers: [{ kind: 'user', id: 'carol' }], readers: undefined, approvalsRequired: undefined, allowSelfApproval: undefined, requestTtlMs: undefined, noApprovalFor: undefined } as const;
    expect(() => buildPolicy(settings)).toThrow(
      new ConfigError('SWITCHBOARD_REQUESTERS names nobody, so no change could ever be asked for; name who may ask, or unset it to let the approvers ask, e.g. SWITCHBOARD_REQUESTERS=alice,@ops'),
    );
  });

  it.each([',', ' , ', ',,'])('refuses SWITCHBOARD_REQUESTERS=%j, which names nobody', (value) => {
    expect(errorOf({ SWITCHBOARD_REQUESTERS: value, ...APPROVERS }).message).toMatch(/^SWITCHBOARD_REQUESTERS has an empty item in /);
  });

  it('trusts a group to hold enough approvers', () => {
    expect(policyOf({ SWITCHBOARD_APPROVERS: 'carol,@leads', SWITCHBOARD_APPROVALS_REQUIRED: '5' })).toMatchObject({ approvalsRequired: 5 });
  });

  it('writes every refusal on one line, starting with the variable at fault, even for a value with a line break', () => {
    const envs = [
      { SWITCHBOARD_APPROVERS: 'alice\nbob' },
      { SWITCHBOARD_APPROVERS: 'x', SWITCHBOARD_REQUEST_TTL: '1\nh' },
      { SWITCHBOARD_APPROVALS_REQUIRED: '2\n' + '2', ...APPROVERS },
    ];
    for (const env of envs) {
      const message = errorOf(env).message;
      expect(message).not.toContain('\n');
      expect(message).toMatch(/^SWITCHBOARD_[A-Z_]+ /);
    }
  });

  it('keeps the rest of the configuration as before', () => {
    expect(loadSettings({ ...APPROVERS })).toMatchObject({ dataDir: './data', logLevel: 'warn', ringCentral: { kind: 'embedded-emulator' } });
  });
});
