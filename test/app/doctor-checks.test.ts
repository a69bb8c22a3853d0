import { describe, expect, it } from 'vitest';
import { formatCheck } from '../../src/app/doctor/check.ts';
import { quorumCheck } from '../../src/app/doctor/policy-checks.ts';
import { ringCentralChecks } from '../../src/app/doctor/ringcentral-checks.ts';
import { RingCentralApiError } from '../../src/ringcentral/index.ts';
import type { TeamPolicy } from '../../src/workflow/index.ts';

const ALL = 'ReadAccounts EditAccounts EditExtensions';

describe("doctor's RingCentral lines", () => {
  it('fails a clock more than a minute off, saying which way', () => {
    const lines = ringCentralChecks('https://platform.ringcentral.com', { clockOffsetMs: -90_400, login: { ok: true, value: { scope: ALL } } }).map((check) => formatCheck(check, 'en'));
    expect(lines).toContain("✗ This computer's clock is 90 s ahead of RingCentral's — turn on time synchronisation (NTP): closures, notices and expiries would switch at the wrong moment");
    const behind = ringCentralChecks('https://platform.ringcentral.com', { clockOffsetMs: 59_000, login: { ok: true, value: { scope: ALL } } }).map((check) => formatCheck(check, 'en'));
    expect(behind).toContain("✓ This computer's clock is within 59 s of RingCentral's");
  });

  it('says only that the server cannot be reached when nothing answered', () => {
    const error = new RingCentralApiError('Could not reach RingCentral for POST /restapi/oauth/token: ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:9', {
      code: 'network',
      method: 'POST',
      path: '/restapi/oauth/token',
    });
    expect(ringCentralChecks('http://127.0.0.1:9', { clockOffsetMs: undefined, login: { ok: false, error } }).map((check) => formatCheck(check, 'en'))).toEqual([
      "✗ RingCentral at http://127.0.0.1:9 cannot be reached: ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:9 — check RINGCENTRAL_SERVER_URL (https://platform.ringcentral.com, or https://platform.devtest.ringcentral.com for a sandbox), and this computer's network",
    ]);
  });
  it('tells a server that is not RingCentral by its 404 to the login', () => {
    const error = new RingCentralApiError('RingCentral refused POST /restapi/oauth/token: 404 Not Found (HTTP 404)', {
      code: 'unauthorized',
      method: 'POST',
      path: '/restapi/oauth/token',
      status: 404,
    });
    expect(ringCentralChecks('https://example.com', { clockOffsetMs: 0, login: { ok: false, error } }).map((check) => formatCheck(check, 'en'))).toEqual([
      '✗ https://example.com answers, but it is not RingCentral: 404 Not Found (HTTP 404) — check RINGCENTRAL_SERVER_URL (https://platform.ringcentral.com, or https://platform.devtest.ringcentral.com for a sandbox)',
    ]);
  });
});

describe("doctor's quorum line", () => {
  const leads: TeamPolicy = {
    kind: 'team',
    requesters: [{ kind: 'group', handle: 'leads' }],
    approvers: [{ kind: 'group', handle: 'Leads' }],
    readers: [],
    approvalsRequired: 1,
    allowSelfApproval: false,
    requestTtlMs: 3_600_000,
    noApprovalFor: [],
  };

  it('counts the members of approver groups as Slack lists them', () => {
    expect(formatCheck(quorumCheck(leads, new Map([['leads', ['U0ALICE01']]])), 'en')).toBe(
      '✗ Requests need 1 approval but there is 1 approver, one of whom also asks and may not approve their own — add approvers (or members to their groups), or lower SWITCHBOARD_APPROVALS_REQUIRED',
    );
    expect(formatCheck(quorumCheck(leads, new Map([['leads', ['U0ALICE01', 'U0BOB0001']]])), 'en')).toBe('✓ Requests can get their 1 approval: 2 people approve');
    expect(formatCheck(quorumCheck({ ...leads, allowSelfApproval: true }, new Map([['leads', ['U0ALICE01']]])), 'en')).toBe('✓ Requests can get their 1 approval: 1 person approves');
  });

  it('says the groups are not counted when Slack did not list them', () => {
    expect(formatCheck(quorumCheck(leads, undefined), 'en')).toBe('✓ Requests need 1 approval; the members of @Leads count once Slack lists the groups');
  });
});
