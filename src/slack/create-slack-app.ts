import { App, type CustomRoute, type webApi } from '@slack/bolt';
import type { SlackConfig } from '../config.ts';
import type { Language } from '../i18n/index.ts';
import type { Logger } from '../logger.ts';
import type { RingCentralGateway } from '../ringcentral/index.ts';
import { createSlackMessageRefs, type OpenedDatabase, type Stores } from '../store/index.ts';
import type { ApprovalPolicy, ChangeWorkflow, GroupDirectory } from '../workflow/index.ts';
import { registerNoPolicyAnswers } from './answer-without-policy.ts';
import { boltLogger } from './bolt-logger.ts';
import { calendarFeedRoute } from './calendar-feed-route.ts';
import { publishHome, registerAppHome } from './on-app-home.ts';
import { registerIvrCommand, type IvrCommandListener } from './on-ivr-command.ts';
import { registerModals } from './on-modals.ts';
import { registerRequestButtons } from './on-request-buttons.ts';
import { createOutboxDelivery, type OutboxDelivery } from './outbox-delivery.ts';
import { registerRateLimitWaitNotices } from './rate-limit-wait-notices.ts';
import { registerRestartingGate, type RestartingGate } from './restarting-gate.ts';
import type { DeliveryContext, SlackContext } from './slack-context.ts';
import { createSlackUserLanguages, type SlackUserLanguages } from './slack-user-languages.ts';
import { watchSocketMode } from './socket-mode-connection.ts';
import { traceInteractions } from './trace-interactions.ts';

/**
 * Bounds on one Web API call. The client's default retries (about 30 minutes, waiting out 429s)
 * could outlast the outbox's 5-minute claim, and another replica would then post the message
 * again; a call that gives up sooner leaves its message queued for the outbox's own retry.
 */
const SLACK_CLIENT_LIMITS: webApi.WebClientOptions = {
  timeout: 30_000,
  retryConfig: { retries: 2, factor: 2, minTimeout: 1_000, maxTimeout: 10_000, maxRetryTime: 2 * 60_000 },
};

/** What the Slack app is built from. */
export interface SlackAppOptions {
  readonly slack: SlackConfig;
  readonly policy: ApprovalPolicy;
  /** The workflow, built with the same `groups` (the Slack user groups of the policy). */
  readonly workflow: ChangeWorkflow;
  readonly groups: GroupDirectory;
  readonly gateway: RingCentralGateway;
  readonly database: OpenedDatabase;
  readonly stores: Stores;
  readonly logger: Logger;
  /** Web API client options (tests: no retries); merged over Switchboard's defaults. */
  readonly clientOptions?: webApi.WebClientOptions;
  /** Hold each HTTP response until the listener finished (tests, FaaS). */
  readonly processBeforeResponse?: boolean;
  readonly now?: () => Date;
  /** SWITCHBOARD_CALENDAR_SECRET: in HTTP mode the feed is served at /calendar/<secret>.ics (Socket Mode has no HTTP server). */
  readonly calendarSecret?: string;
  /** More routes on the HTTP server in HTTP mode (src/app/'s /healthz, /readyz and /metrics). */
  readonly routes?: ReadonlyArray<CustomRoute>;
  /** Hears how each `/ivr` command ended (metrics). */
  readonly onCommand?: IvrCommandListener;
  /** SWITCHBOARD_LANGUAGE: the company's language; unset, the RingCentral account's. */
  readonly language?: Language;
}

/** The Bolt app with Switchboard's listeners, and the outbox delivery that posts to channels. */
export interface SlackApp {
  readonly app: App;
  readonly context: DeliveryContext;
  readonly delivery: OutboxDelivery;
  /** In Socket Mode, whether the WebSocket to Slack is open now; undefined in HTTP mode. */
  readonly socketConnected: (() => boolean) | undefined;
  /** Turns new interactions away and tells when those in flight are done (graceful shutdown). */
  readonly gate: RestartingGate;
}

/**
 * The gateway, noting the account's locale at each read of the call handling: a channel post or a
 * click that reads nothing is then said in the company's language all the same.
 */
function rememberingAccountLocale(gateway: RingCentralGateway, languages: SlackUserLanguages): RingCentralGateway {
  return {
    ...gateway,
    async readCallHandling(readOptions) {
      const handling = await gateway.readCallHandling(readOptions);
      languages.rememberAccountLocale(handling.locale);
      return handling;
    },
  };
}

/**
 * Builds the Bolt app: HTTP receiver with signature checks, or Socket Mode when an app token is
 * set. Nothing is contacted until `app.init()` (which checks the bot token with auth.test). Deny
 * by default: only a team policy gets the listeners that read and change call handling; with no
 * policy, every interaction is told how to set one.
 */
export function createSlackApp(options: SlackAppOptions): SlackApp {
  const { slack } = options;
  const logger = boltLogger(options.logger);
  const socket = slack.appToken === undefined ? undefined : watchSocketMode(slack.appToken, logger, slack.apiUrl);
  const app = new App({
    token: slack.botToken,
    ...(socket !== undefined
      ? { socketMode: true, appToken: slack.appToken, receiver: socket.receiver }
      : {
          signingSecret: slack.signingSecret ?? '',
          customRoutes: [
            calendarFeedRoute({ secret: options.calendarSecret, gateway: options.gateway, logger: options.logger, now: options.now ?? (() => new Date()), language: options.language }),
            ...(options.routes ?? []),
          ],
        }),
    clientOptions: { ...(slack.apiUrl ? { slackApiUrl: slack.apiUrl } : {}), ...SLACK_CLIENT_LIMITS, ...options.clientOptions },
    processBeforeResponse: options.processBeforeResponse ?? false,
    deferInitialization: true,
    logger,
  });
  // First of all middleware: everything an interaction leads to is logged under its trace id.
  app.use(traceInteractions(options.logger));
  // Right after tracing, before all other middleware: an interaction turned away during a shutdown reaches nothing else.
  const gate = registerRestartingGate(app, options.logger);
  const { groups } = options;
  const languages = createSlackUserLanguages(app.client, options.language);
  const base: DeliveryContext = {
    slack,
    client: app.client,
    workflow: options.workflow,
    gateway: rememberingAccountLocale(options.gateway, languages),
    stores: options.stores,
    refs: createSlackMessageRefs(options.database.db),
    policy: options.policy,
    groups,
    logger: options.logger,
    homeViewers: new Set<string>(),
    now: options.now ?? (() => new Date()),
    languages,
  };
  const delivery = createOutboxDelivery(base, async (message) => {
    // A change ended: the App Home of everyone who looked at it shows the new state.
    if (!message.kind.startsWith('request-') || message.kind === 'request-pending') return;
    if (context === undefined || base.homeViewers.size === 0) return;
    try {
      const handling = await options.gateway.readCallHandling();
      await Promise.all([...base.homeViewers].map((user) => publishHome(context, user, handling)));
    } catch (error) {
      options.logger.warn({ err: error }, 'could not refresh App Home');
    }
  });
  const { policy } = options;
  const context: SlackContext | undefined = policy.kind === 'team' ? { ...base, policy, deliverSoon: () => delivery.soon() } : undefined;
  if (context === undefined) {
    registerNoPolicyAnswers(app, options.logger);
  } else {
    registerRateLimitWaitNotices(app, options.gateway, options.logger);
    registerIvrCommand(app, context, options.onCommand);
    registerRequestButtons(app, context);
    registerAppHome(app, context);
    registerModals(app, context);
  }
  app.error(async (error) => {
    options.logger.error({ err: error }, 'a Slack listener failed');
  });
  return { app, context: base, delivery, socketConnected: socket?.isConnected, gate };
}
