import type { SlackConfig } from '../../config.ts';
import { DOCTOR_MESSAGES as M, inEachLanguage, say, sayEach, type Said } from '../../i18n/index.ts';
import { probeSlack, type ProbedChannel, type ProbedGroup, type SlackStep } from '../../slack/index.ts';
import type { OutboxMessage } from '../../store/index.ts';
import { fail, pass, type Check } from './check.ts';
import { manifestFor, readManifestBotScopes } from './manifest-scopes.ts';

/** A user group the configuration names, and the variable that names it. */
export interface NamedGroup {
  readonly handle: string;
  readonly variable: string;
}

/** The Slack checks, and the members of the groups named (for the quorum), when Slack listed them. */
export interface SlackChecks {
  readonly checks: ReadonlyArray<Check>;
  readonly groupMembers: ReadonlyMap<string, ReadonlyArray<string>> | undefined;
}

/** The channels the bot posts to, by what they are for and their outbox recipient; each needs the bot as a member. */
const CHANNELS = [
  { role: 'approval', recipient: 'approvals', variable: 'SWITCHBOARD_APPROVAL_CHANNEL', id: (slack: SlackConfig) => slack.approvalChannel },
  { role: 'audit', recipient: 'audit', variable: 'SWITCHBOARD_AUDIT_CHANNEL', id: (slack: SlackConfig) => slack.auditChannel },
  { role: 'managers', recipient: 'managers', variable: 'SWITCHBOARD_MANAGERS_CHANNEL', id: (slack: SlackConfig) => slack.managersChannel },
] as const;

/** What a channel is for, as its check's name and lines say it. */
type ChannelRole = (typeof CHANNELS)[number]['role'];

/** How to give the bot the scopes named. */
const addScopes = (...scopes: ReadonlyArray<string>): Said => sayEach(M['slack-add-scopes'], { scopes, named: true });

/**
 * Asks Slack, as the bot, about its token, scopes, channels and the user groups named. Each
 * channel's line also counts the messages the outbox gave up on for it (`givenUp`): they are
 * never sent, even once the channel is fixed.
 */
export async function checkSlack(slack: SlackConfig, groups: ReadonlyArray<NamedGroup>, givenUp: ReadonlyArray<OutboxMessage>): Promise<SlackChecks> {
  const channels = CHANNELS.flatMap((channel) => {
    const id = channel.id(slack);
    return id === undefined ? [] : [{ ...channel, id }];
  });
  const probe = await probeSlack({ botToken: slack.botToken, apiUrl: slack.apiUrl, channels: channels.map((channel) => channel.id), groups: groups.length > 0 });
  if (!probe.auth.ok) {
    const unanswered = probe.auth.error.startsWith('no answer');
    return {
      checks: [
        unanswered
          ? fail('slack.auth', sayEach(M['slack-unreachable'], { error: probe.auth.error }), sayEach(M['slack-unreachable-fix']))
          : fail('slack.auth', sayEach(M['slack-token-refused'], { error: probe.auth.error }), sayEach(M['slack-token-fix'])),
      ],
      groupMembers: undefined,
    };
  }
  const { team, botUser, scopes } = probe.auth.value;
  const checks: Check[] = [pass('slack.auth', sayEach(M['slack-auth-ok'], { botUser, team })), await scopesCheck(slack, scopes)];
  for (const channel of channels) {
    const check = channelCheck(channel.role, channel.variable, channel.id, botUser, probe.channels.get(channel.id));
    const lost = givenUp.filter((message) => message.recipient === channel.recipient).length;
    checks.push(lost === 0 ? check : { ...check, detail: inEachLanguage((language) => say(language, M['slack-channel-given-up'], { detail: check.detail[language], count: lost })) });
  }
  checks.push(...groups.map((group) => groupCheck(group, probe.groups)));
  const listed = probe.groups?.ok ? probe.groups.value : undefined;
  return { checks, groupMembers: listed === undefined ? undefined : new Map(listed.map((group) => [group.handle.toLowerCase(), group.members])) };
}

async function scopesCheck(slack: SlackConfig, granted: ReadonlyArray<string>): Promise<Check> {
  const manifest = manifestFor(slack.appToken !== undefined);
  let wanted: ReadonlyArray<string>;
  try {
    wanted = await readManifestBotScopes(manifest);
  } catch (error) {
    return fail('slack.scopes', sayEach(M['slack-scopes-unreadable'], { manifest, reason: (error as Error).message }), sayEach(M['slack-scopes-restore-fix']));
  }
  const missing = wanted.filter((scope) => !granted.includes(scope));
  if (missing.length === 0) return pass('slack.scopes', sayEach(M['slack-scopes-ok'], { manifest }));
  // The detail names the scopes; the fix says "it" or "them".
  return fail('slack.scopes', sayEach(M['slack-scopes-lacking'], { missing, manifest }), sayEach(M['slack-add-scopes'], { scopes: missing, named: false }));
}

function channelCheck(role: ChannelRole, variable: string, id: string, botUser: string, info: SlackStep<ProbedChannel> | undefined): Check {
  const name = `slack.channel.${role}`;
  if (info === undefined || !info.ok) {
    const error = info?.ok === false ? info.error : 'not asked';
    if (error === 'channel_not_found') {
      return fail(name, sayEach(M['slack-channel-not-found'], { role, id, variable }), sayEach(M['slack-channel-id-fix']));
    }
    if (error === 'missing_scope') return fail(name, sayEach(M['slack-channel-missing-scope'], { role, id }), addScopes('channels:read', 'groups:read'));
    return fail(name, sayEach(M['slack-channel-unanswered'], { role, id, error }), sayEach(M['run-again']));
  }
  const channel = `#${info.value.name} (${id})`;
  if (info.value.isArchived) return fail(name, sayEach(M['slack-channel-archived'], { role, channel }), sayEach(M['slack-channel-archived-fix'], { variable }));
  if (!info.value.isMember) return fail(name, sayEach(M['slack-channel-not-member'], { role, channel }), sayEach(M['slack-channel-invite-fix'], { botUser, channelName: info.value.name }));
  return pass(name, sayEach(M['slack-channel-ok'], { role, channel }));
}

function groupCheck(group: NamedGroup, listed: SlackStep<ReadonlyArray<ProbedGroup>> | undefined): Check {
  const name = `slack.group.${group.handle}`;
  if (listed === undefined || !listed.ok) {
    const error = listed?.ok === false ? listed.error : 'not asked';
    const fix = error === 'missing_scope' ? addScopes('usergroups:read') : sayEach(M['run-again']);
    return fail(name, sayEach(M['slack-groups-unlisted'], { handle: group.handle, error }), fix);
  }
  const found = listed.value.find((candidate) => candidate.handle.toLowerCase() === group.handle.toLowerCase());
  if (found === undefined) return fail(name, sayEach(M['slack-group-missing'], { handle: group.handle, variable: group.variable }), sayEach(M['slack-group-handle-fix']));
  return pass(name, sayEach(M['slack-group-ok'], { handle: group.handle, count: found.members.length }));
}
