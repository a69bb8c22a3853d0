import { webApi } from '@slack/bolt';
import { EXIT, writeLine, type CliIo } from '../console/index.ts';
import { createLogger, type Logger } from '../logger.ts';
import { isRingCentralApiError, type RingCentralGateway } from '../ringcentral/index.ts';
import { startSchedulerLoop } from '../scheduler/index.ts';
import { createSlackApp, createSlackGroupDirectory } from '../slack/index.ts';
import { isStoreError, pingDatabase } from '../store/index.ts';
import { describePolicy, POLICY_VARIABLES, processOwner } from '../workflow/index.ts';
import { createBotMetrics } from './health/create-bot-metrics.ts';
import { healthRoutes } from './health/health-routes.ts';
import { startHealthServer, type HealthServer } from './health/start-health-server.ts';
import type { Settings } from './load-settings.ts';
import { openWorkflowSession } from './open-workflow-session.ts';
import { listenForStopSignals, shutDownSlackBot } from './shut-down-slack-bot.ts';

/**
 * `npm start` with SLACK_BOT_TOKEN set: the Slack bot, over HTTP on PORT or over Socket Mode when
 * SLACK_APP_TOKEN is set, until SIGINT or SIGTERM, then shut down gracefully (new work turned away,
 * work in flight finished, leases handed back: shut-down-slack-bot.ts). Returns the exit code.
 * `/healthz`, `/readyz` and `/metrics` are served on PORT beside Slack's endpoint in HTTP mode, on a
 * server of their own on SWITCHBOARD_HEALTH_PORT when it is set, and on PORT in Socket Mode.
 */
export async function runSlackBot(config: Settings, io: CliIo): Promise<number> {
  const slack = config.slack;
  if (slack === undefined) throw new Error('runSlackBot needs SLACK_BOT_TOKEN');
  const logger = createLogger({ level: config.logLevel });
  const groupsClient = new webApi.WebClient(slack.botToken, slack.apiUrl ? { slackApiUrl: slack.apiUrl } : {});
  const groups = createSlackGroupDirectory(groupsClient);
  const botMetrics = createBotMetrics();
  let session;
  try {
    session = await openWorkflowSession(config, logger, groups, undefined, botMetrics.ringCentralObserver);
  } catch (error) {
    if (!isStoreError(error) && !isRingCentralApiError(error)) throw error;
    writeLine(io.stderr, error.message);
    return EXIT.ringCentralFailure;
  }
  session.notices.forEach((line) => writeLine(io.stderr, line));
  if (config.policy.kind !== 'team') {
    writeLine(io.stderr, `No approval policy is set, so the bot reads and changes nothing and tells everyone how to set one: set ${POLICY_VARIABLES.slice(0, 2).join(' and ')} to serve a team.`);
  } else {
    writeLine(io.stderr, describePolicy(config.policy));
  }
  botMetrics.readFrom(session.database);
  const { database, gateway } = session;
  // HTTP mode: Slack's endpoint is up once app.start() resolved; Socket Mode: the WebSocket is open.
  let httpStarted = false;
  // From the first stop signal on: /readyz says not ready, so a load balancer stops sending here.
  let shuttingDown = false;
  const routes = healthRoutes({
    readiness: {
      pingDatabase: () => pingDatabase(database.db),
      tokenStatus: () => gateway.tokenStatus(),
      slackConnected: () => socketConnected?.() ?? httpStarted,
      shuttingDown: () => shuttingDown,
    },
    metrics: botMetrics.metrics,
    logger,
  });
  const ownHealthPort = slack.appToken !== undefined ? (slack.healthPort ?? slack.port) : slack.healthPort;
  const { app, context, delivery, socketConnected, gate } = createSlackApp({
    slack,
    policy: config.policy,
    workflow: session.workflow,
    groups,
    gateway: session.gateway,
    database: session.database,
    stores: session.stores,
    logger,
    calendarSecret: config.calendarSecret,
    ...(ownHealthPort === undefined ? { routes } : {}),
    onCommand: botMetrics.onSlackCommand,
    ...(config.language ? { language: config.language } : {}),
  });
  try {
    await app.init();
  } catch (error) {
    writeLine(io.stderr, `Slack refused the bot token (${(error as Error).message}): check SLACK_BOT_TOKEN.`);
    await session.close();
    return EXIT.usage;
  }
  let healthServer: HealthServer | undefined;
  if (ownHealthPort !== undefined) {
    try {
      healthServer = await startHealthServer(routes, ownHealthPort);
    } catch (error) {
      writeLine(io.stderr, `Could not serve /healthz, /readyz and /metrics on port ${ownHealthPort} (${(error as Error).message}): choose another with ${slack.healthPort !== undefined ? 'SWITCHBOARD_HEALTH_PORT' : 'PORT'}.`);
      await session.close();
      return EXIT.usage;
    }
  }
  if (slack.appToken !== undefined) {
    try {
      await app.start();
    } catch (error) {
      // apps.connections.open refused the app-level token (invalid_auth, not_allowed_token_type): one line, as for the bot token.
      writeLine(io.stderr, `Slack refused the app-level token (${(error as Error).message}): check SLACK_APP_TOKEN (an xapp- token with connections:write).`);
      await healthServer?.close();
      await session.close();
      return EXIT.usage;
    }
    writeLine(io.stdout, 'Switchboard is connected to Slack over Socket Mode.');
    if (config.calendarSecret !== undefined) {
      writeLine(io.stderr, 'SWITCHBOARD_CALENDAR_SECRET is set, but Socket Mode has no HTTP server to serve the calendar feed: run "switchboard calendar > calendar.ics" instead.');
    }
  } else {
    await app.start(slack.port);
    httpStarted = true;
    writeLine(io.stdout, `Switchboard is listening for Slack on http://0.0.0.0:${slack.port}/slack/events`);
  }
  if (healthServer !== undefined) writeLine(io.stdout, `Health and metrics: http://0.0.0.0:${healthServer.port}/healthz, /readyz, /metrics`);
  delivery.start();
  // Every replica logs in at start, not only the one whose scheduler reads RingCentral first:
  // readiness needs a token, and a replica never ready would never be sent a command.
  if (config.policy.kind === 'team') void connectAtStart(context.gateway, config.language === undefined, logger);
  await session.scheduler.startDriftWatch();
  const scheduler = startSchedulerLoop({
    scheduler: session.scheduler,
    expireRequests: () => session.workflow.expireDue(),
    recoverRequests: async () => {
      for (const line of await session.workflow.recoverInterrupted()) logger.warn(line);
    },
    logger,
  });
  // Listened for only now: a signal during start-up ends the process at once, as Node does by default.
  const signals = listenForStopSignals();
  void signals.first.then(() => (shuttingDown = true));
  return shutDownSlackBot(
    {
      gate,
      scheduler,
      delivery,
      jobs: session.stores.jobs,
      workflow: session.workflow,
      owner: processOwner(),
      close: async () => {
        await app.stop();
        httpStarted = false;
        await healthServer?.close();
        await session.close();
      },
      logger,
    },
    signals,
    io,
  );
}

/**
 * Logs in, and without SWITCHBOARD_LANGUAGE reads the call handling once so the first channel post
 * is in the account's language (the read is remembered by the Slack context's gateway). Never throws.
 */
async function connectAtStart(gateway: RingCentralGateway, readLanguage: boolean, logger: Logger): Promise<void> {
  try {
    await gateway.connect();
    if (readLanguage) await gateway.readCallHandling();
  } catch (error) {
    logger.warn({ err: error }, 'could not log in to RingCentral at start; /readyz says so, and the first command tries again');
  }
}
