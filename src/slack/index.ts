/**
 * The Slack adapter: the Bolt app (`/ivr`, buttons, modals, App Home), the outbox delivery to
 * channels, and the audit channel read back for `audit verify --against-slack`. A leaf: it never
 * imports the console, and src/app/ hands it an opened workflow.
 */
export { createSlackApp } from './create-slack-app.ts';
export type { IvrCommandListener, IvrCommandOutcome } from './on-ivr-command.ts';
export { createSlackGroupDirectory } from './slack-group-directory.ts';
export { compareWithAuditChannel, type AuditChannelComparison } from './compare-with-audit-channel.ts';
export { boltLogger } from './bolt-logger.ts';
export { probeSlack, type ProbedChannel, type ProbedGroup, type SlackStep } from './probe-slack.ts';
