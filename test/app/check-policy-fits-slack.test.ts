import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/app/load-settings.ts';

/** The Slack bot in Socket Mode, with a team policy. */
const SLACK_TEAM = {
  SLACK_BOT_TOKEN: 'xoxb-1',
  SLACK_APP_TOKEN: 'xapp-1',
  SWITCHBOARD_REQUESTERS: 'alice',
  SWITCHBOARD_APPROVERS: 'carol',
} as const;

describe('loadSettings: a team policy the Slack bot can carry out', () => {
  it('refuses a team policy without the approval channel', () => {
    expect(() => loadSettings({ ...SLACK_TEAM, SWITCHBOARD_AUDIT_CHANNEL: 'C0AUDITLOG' })).toThrow(
      'SWITCHBOARD_APPROVAL_CHANNEL is not set: with an approval policy the Slack bot posts requests there for approvers; invite the bot to a channel and set its id, e.g. SWITCHBOARD_APPROVAL_CHANNEL=C0123456789',
    );
  });

  it('refuses a team policy without the audit channel', () => {
    expect(() => loadSettings({ ...SLACK_TEAM, SWITCHBOARD_APPROVAL_CHANNEL: 'C0APPROVALS' })).toThrow(
      'SWITCHBOARD_AUDIT_CHANNEL is not set: with an approval policy the Slack bot posts every applied change there, with its Undo button; invite the bot to a channel and set its id, e.g. SWITCHBOARD_AUDIT_CHANNEL=C0123456789',
    );
  });

  it('accepts a team policy with both channels', () => {
    const settings = loadSettings({ ...SLACK_TEAM, SWITCHBOARD_APPROVAL_CHANNEL: 'C0APPROVALS', SWITCHBOARD_AUDIT_CHANNEL: 'C0AUDITLOG' });
    expect(settings.policy.kind).toBe('team');
    expect(settings.slack).toMatchObject({ approvalChannel: 'C0APPROVALS', auditChannel: 'C0AUDITLOG' });
  });

  it('needs no channel without Slack, or without a policy (the bot then serves no one)', () => {
    expect(loadSettings({ SWITCHBOARD_REQUESTERS: 'alice', SWITCHBOARD_APPROVERS: 'carol' }).policy.kind).toBe('team');
    expect(loadSettings({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).policy.kind).toBe('local-admin');
  });
});
