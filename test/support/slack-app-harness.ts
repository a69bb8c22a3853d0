import type { AddressInfo } from 'node:net';
import { webApi, type CustomRoute } from '@slack/bolt';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { silentLogger, type Logger } from '../../src/logger.ts';
import type { RingCentralGateway } from '../../src/ringcentral/index.ts';
import type { SlackConfig } from '../../src/config.ts';
import { createSlackApp, type SlackApp } from '../../src/slack/create-slack-app.ts';
import type { IvrCommandListener } from '../../src/slack/on-ivr-command.ts';
import { createSlackGroupDirectory } from '../../src/slack/slack-group-directory.ts';
import { createStores } from '../../src/store/index.ts';
import { createChangeWorkflow, type ApprovalPolicy } from '../../src/workflow/index.ts';
import { startFakeSlack, type FakeSlack } from './fake-slack/index.ts';
import { createSlackDriver, type SlackDriver } from './slack-driver.ts';
import { TEST_AUDIT_KEY } from './test-audit-key.ts';
import type { TestDatabase } from './use-test-databases.ts';
import { teamPolicy, useWorkflowHarness, type WorkflowHarness } from './workflow-harness.ts';
import type { Language } from '../../src/i18n/index.ts';

export const BOT_TOKEN = 'xoxb-test-switchboard';
export const SIGNING_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
export const APPROVAL_CHANNEL = 'C0APPROVALS';
export const AUDIT_CHANNEL = 'C0AUDITLOG';
export const ALICE = 'U0ALICE';
export const BOB = 'U0BOB';
export const CAROL = 'U0CAROL';
export const MALLORY = 'U0MALLORY';

/** Alice and Bob ask, Bob and Carol approve: Slack user ids, as the bot sees people. */
export const SLACK_POLICY: ApprovalPolicy = teamPolicy({
  requesters: [ALICE, BOB].map((id) => ({ kind: 'user', id })),
  approvers: [BOB, CAROL].map((id) => ({ kind: 'user', id })),
});

/** One running Slack app for a test: the real Bolt HTTP app, its fake Slack, a driver. */
export interface RunningSlackApp {
  readonly slackApp: SlackApp;
  readonly driver: SlackDriver;
  /** The app's base URL, `http://127.0.0.1:PORT`, for requests that are not Slack's (the calendar feed). */
  readonly appUrl: string;
  /** Moves the app's clock (expiry, outbox retries). */
  readonly advance: (ms: number) => void;
  close(): Promise<void>;
}

/** How the app is run, where a test needs it otherwise than the harness's default. */
export interface SlackAppRunOptions {
  /**
   * Hold each HTTP response until the listener finished (default true: a test reads the answer as
   * soon as the request returns). False is production's setting, for tests of the ack itself.
   */
  readonly processBeforeResponse?: boolean;
  /** The logger of the app and the workflow (default: silent), to read what gets logged. */
  readonly logger?: Logger;
  /** The gateway the app and the workflow use, built from the harness's own (to wrap or replace it). */
  readonly gateway?: (harnessGateway: RingCentralGateway) => RingCentralGateway;
  /** SWITCHBOARD_CALENDAR_SECRET (default: unset, no calendar feed). */
  readonly calendarSecret?: string;
  /** More routes on the app's HTTP server (the health endpoints). */
  readonly routes?: ReadonlyArray<CustomRoute>;
  /** Hears how each `/ivr` command ended (the metrics). */
  readonly onCommand?: IvrCommandListener;
  /** SWITCHBOARD_LANGUAGE, the company's language (default: unset, the account's). */
  readonly language?: Language;
}

/** Starts the app over a database, with a policy (`SLACK_POLICY` by default) and settings put over the harness's own. */
export type StartSlackApp = (database: TestDatabase, policy?: ApprovalPolicy, slack?: Partial<SlackConfig>, run?: SlackAppRunOptions) => Promise<RunningSlackApp>;

/**
 * The fake Slack (started once per file, reset before each test) and the emulator; `start` runs
 * the real Bolt HTTP app on a loopback port over a test database with signed requests.
 */
export function useSlackAppHarness(): { harness: WorkflowHarness; fake: () => FakeSlack; start: StartSlackApp } {
  const harness = useWorkflowHarness();
  let fake: FakeSlack | undefined;
  beforeAll(async () => {
    fake = await startFakeSlack({ botToken: BOT_TOKEN });
    for (const [id, name] of [[ALICE, 'alice'], [BOB, 'bob'], [CAROL, 'carol'], [MALLORY, 'mallory']] as const) {
      fake.addUser({ id, name, real_name: name, tz: 'America/New_York' });
    }
    fake.addChannel({ id: APPROVAL_CHANNEL, name: 'phone-approvals', isMember: true });
    fake.addChannel({ id: AUDIT_CHANNEL, name: 'phone-audit', isMember: true });
  });
  afterAll(async () => {
    await fake?.close();
  });
  beforeEach(() => fake?.reset());
  const running = (): FakeSlack => {
    if (fake === undefined) throw new Error('the fake Slack starts in beforeAll');
    return fake;
  };
  return {
    harness,
    fake: running,
    start: async (database, policy = SLACK_POLICY, slack = {}, run = {}) => {
      let now = Date.parse('2026-11-25T17:00:00Z');
      const built = harness.workflow(database, { policy, clock: () => new Date(now) });
      const swapped = run.logger !== undefined || run.gateway !== undefined;
      const context = swapped ? { ...built.context, gateway: run.gateway?.(built.context.gateway) ?? built.context.gateway, logger: run.logger ?? silentLogger } : built.context;
      const workflow = swapped ? createChangeWorkflow(context) : built.workflow;
      const slackApp = createSlackApp({
        slack: {
          botToken: BOT_TOKEN,
          signingSecret: SIGNING_SECRET,
          appToken: undefined,
          apiUrl: running().url,
          port: 0,
          approvalChannel: APPROVAL_CHANNEL,
          auditChannel: AUDIT_CHANNEL,
          managersChannel: undefined,
          managersGroup: undefined,
          ...slack,
        },
        policy,
        workflow,
        // User groups are read from the fake Slack, as the bot reads them from Slack (the managers' group).
        groups: createSlackGroupDirectory(new webApi.WebClient(BOT_TOKEN, { slackApiUrl: running().url, retryConfig: { retries: 0 } })),
        gateway: context.gateway,
        database,
        stores: createStores(database, { auditKey: TEST_AUDIT_KEY }),
        logger: run.logger ?? silentLogger,
        // One quick retry: with none, the Web API client gives up after waiting out a 429.
        clientOptions: { retryConfig: { retries: 1, minTimeout: 0, maxTimeout: 0 } },
        processBeforeResponse: run.processBeforeResponse ?? true,
        now: () => new Date(now),
        calendarSecret: run.calendarSecret,
        ...(run.routes === undefined ? {} : { routes: run.routes }),
        ...(run.onCommand === undefined ? {} : { onCommand: run.onCommand }),
        ...(run.language === undefined ? {} : { language: run.language }),
      });
      await slackApp.app.init();
      const server = (await slackApp.app.start({ port: 0, host: '127.0.0.1' })) as unknown as { address(): AddressInfo };
      const appUrl = `http://127.0.0.1:${server.address().port}`;
      const driver = createSlackDriver({ appUrl, signingSecret: SIGNING_SECRET, fake: running() });
      return {
        slackApp,
        driver,
        appUrl,
        advance: (ms) => {
          now += ms;
        },
        close: async () => {
          await slackApp.delivery.stop();
          await slackApp.app.stop();
        },
      };
    },
  };
}
