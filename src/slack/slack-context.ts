import type { webApi } from '@slack/bolt';
import type { SlackConfig } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { RingCentralGateway } from '../ringcentral/index.ts';
import type { SlackMessageRefs, Stores } from '../store/index.ts';
import type { SlackUserLanguages } from './slack-user-languages.ts';
import type { ApprovalPolicy, ChangeWorkflow, GroupDirectory, TeamPolicy } from '../workflow/index.ts';

/** What the Slack listeners work with; one per process. They listen only under a team policy (createSlackApp). */
export interface SlackContext {
  readonly slack: SlackConfig;
  /** The bot's Web API client (Bolt's `app.client`). */
  readonly client: SlackClient;
  readonly workflow: ChangeWorkflow;
  readonly gateway: RingCentralGateway;
  readonly stores: Stores;
  readonly refs: SlackMessageRefs;
  readonly policy: TeamPolicy;
  readonly groups: GroupDirectory;
  readonly logger: Logger;
  /** Asks the outbox delivery to run now (after a change), instead of at its next tick. */
  readonly deliverSoon: () => void;
  /** Users who opened App Home since the start, whose home is republished after each change. */
  readonly homeViewers: Set<string>;
  /** The current time; tests pass their own. */
  readonly now: () => Date;
  /** Each person's language (their Slack locale), and the company's for channels. */
  readonly languages: SlackUserLanguages;
}

/**
 * What the outbox delivery works with, under any policy: with none, the bot still posts the
 * changes the local admin makes at the console to the audit channel.
 */
export type DeliveryContext = Omit<SlackContext, 'deliverSoon' | 'policy'> & { readonly policy: ApprovalPolicy };

/** The Web API client every listener gets from Bolt. */
export type SlackClient = webApi.WebClient;
