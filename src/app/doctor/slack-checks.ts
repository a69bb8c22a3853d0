import type { SlackConfig } from '../../config.ts';
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

const TOKEN_FIX = "set SLACK_BOT_TOKEN to the Bot User OAuth Token (xoxb-…) under OAuth & Permissions in the app's settings, reinstalling the app if it was removed";
/** How to give the bot scopes it lacks. */
const addScopes = (what: string): string => `add ${what} under OAuth & Permissions (or update the app from its manifest) and reinstall the app`;

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
          ? fail('slack.auth', `Slack cannot be reached (${probe.auth.error})`, "check SLACK_API_URL if set, and this computer's network")
          : fail('slack.auth', `Slack refused SLACK_BOT_TOKEN (${probe.auth.error})`, TOKEN_FIX),
      ],
      groupMembers: undefined,
    };
  }
  const { team, botUser, scopes } = probe.auth.value;
  const checks: Check[] = [pass('slack.auth', `The Slack bot token works: @${botUser} in ${team}`), await scopesCheck(slack, scopes)];
  for (const channel of channels) {
    const check = channelCheck(channel.role, channel.variable, channel.id, botUser, probe.channels.get(channel.id));
    const lost = givenUp.filter((message) => message.recipient === channel.recipient).length;
    checks.push(lost === 0 ? check : { ...check, detail: `${check.detail}; ${lost} message${lost === 1 ? ' was' : 's were'} given up for it and not sent` });
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
    return fail('slack.scopes', `The bot scopes cannot be compared with ${manifest}: ${(error as Error).message}`, 'restore the file from a fresh copy of Switchboard');
  }
  const missing = wanted.filter((scope) => !granted.includes(scope));
  if (missing.length === 0) return pass('slack.scopes', `The bot has every scope ${manifest} asks for`);
  return fail('slack.scopes', `The bot lacks ${missing.join(', ')}, which ${manifest} asks for`, addScopes(missing.length === 1 ? 'it' : 'them'));
}

function channelCheck(role: string, variable: string, id: string, botUser: string, info: SlackStep<ProbedChannel> | undefined): Check {
  const name = `slack.channel.${role}`;
  if (info === undefined || !info.ok) {
    const error = info?.ok === false ? info.error : 'not asked';
    if (error === 'channel_not_found') {
      return fail(name, `Slack finds no ${role} channel ${id} (${variable})`, 'check the id (at the bottom of the channel details in Slack); a private channel shows only once the bot is invited');
    }
    if (error === 'missing_scope') return fail(name, `The bot may not look up the ${role} channel ${id} (missing_scope)`, addScopes('channels:read and groups:read'));
    return fail(name, `Slack did not say whether the bot is in the ${role} channel ${id} (${error})`, 'run doctor again in a minute');
  }
  const channel = `#${info.value.name} (${id})`;
  if (info.value.isArchived) return fail(name, `The ${role} channel ${channel} is archived`, `unarchive it, or set ${variable} to another channel`);
  if (!info.value.isMember) return fail(name, `The bot is not in the ${role} channel ${channel}`, `invite it: type /invite @${botUser} in #${info.value.name}`);
  return pass(name, `The bot is in the ${role} channel ${channel}`);
}

function groupCheck(group: NamedGroup, listed: SlackStep<ReadonlyArray<ProbedGroup>> | undefined): Check {
  const name = `slack.group.${group.handle}`;
  if (listed === undefined || !listed.ok) {
    const error = listed?.ok === false ? listed.error : 'not asked';
    const fix = error === 'missing_scope' ? addScopes('usergroups:read') : 'run doctor again in a minute';
    return fail(name, `Slack did not list the user groups to find @${group.handle} (${error})`, fix);
  }
  const found = listed.value.find((candidate) => candidate.handle.toLowerCase() === group.handle.toLowerCase());
  if (found === undefined) return fail(name, `Slack has no user group @${group.handle} (${group.variable})`, "check the handle: the name after @ in the group's details in Slack");
  const count = found.members.length;
  return pass(name, `The user group @${group.handle} exists (${count} member${count === 1 ? '' : 's'})`);
}
