/**
 * Issue 18, Socket Mode: the /ivr story of test/slack/ivr-story.test.ts with the bot as `npm start`
 * runs it when SLACK_APP_TOKEN is set, in a process of its own, against the RingCentral emulator
 * and the fake Slack, whose Socket Mode server carries the same payloads the HTTP tests sign and
 * POST. Slack recycles connections and networks drop them: the bot opens a new one each time,
 * /readyz says when it is not connected, and an envelope Slack sends again (its ack lost, or its
 * connection gone as it arrived) is answered and applied once.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoggedRequest } from '../../src/emulator/index.ts';
import { freePort, startBotProcess, type BotProcess } from '../reliability/process-support/start-bot-process.ts';
import { startFakeSlack, type FakeSlack, type RecordedCall, type StoredMessage } from '../support/fake-slack/index.ts';
import { createSocketModeDriver } from '../support/socket-mode-driver.ts';
import type { SlackDriver } from '../support/slack-driver.ts';
import { useCliEmulator } from '../support/use-cli-emulator.ts';
import { initialValues } from '../support/view-values.ts';

const BOT_TOKEN = 'xoxb-socket-mode-story';
const APP_TOKEN = 'xapp-1-A0FAKE0001-1-socketmodestory';
const APPROVAL_CHANNEL = 'C0APPROVALS';
const AUDIT_CHANNEL = 'C0AUDITLOG';
const ALICE = 'U0ALICE';
const BOB = 'U0BOB';
const CAROL = 'U0CAROL';
/** The demo company's Main Voicemail (ext 300). */
const MAIN_VOICEMAIL = '62000000300';

const emulator = useCliEmulator('socket-mode', { highRateLimits: true });
let fake: FakeSlack | undefined;
let bot: BotProcess | undefined;
let healthUrl = '';

beforeAll(async () => {
  fake = await startFakeSlack({ botToken: BOT_TOKEN, appToken: APP_TOKEN });
  for (const [id, name] of [[ALICE, 'alice'], [BOB, 'bob'], [CAROL, 'carol']] as const) fake.addUser({ id, name, real_name: name, tz: 'America/New_York' });
  fake.addChannel({ id: APPROVAL_CHANNEL, name: 'phone-approvals', isMember: true });
  fake.addChannel({ id: AUDIT_CHANNEL, name: 'phone-audit', isMember: true });
  await emulator.resetState();
  const port = await freePort();
  healthUrl = `http://127.0.0.1:${port}`;
  const env = emulator.env();
  bot = await startBotProcess({
    ...env,
    DATABASE_URL: `sqlite:${env.SWITCHBOARD_DATA_DIR}/socket-mode.sqlite`,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_APP_TOKEN: APP_TOKEN,
    SLACK_API_URL: fake.url,
    PORT: String(port),
    SWITCHBOARD_REQUESTERS: `${ALICE},${BOB}`,
    SWITCHBOARD_APPROVERS: `${BOB},${CAROL}`,
    SWITCHBOARD_APPROVAL_CHANNEL: APPROVAL_CHANNEL,
    SWITCHBOARD_AUDIT_CHANNEL: AUDIT_CHANNEL,
  });
});

afterAll(async () => {
  if (bot !== undefined) {
    // SIGTERM closes the WebSocket with a close frame, and the bot exits 0.
    bot.child.kill('SIGTERM');
    expect((await bot.exited).code, bot.output()).toBe(0);
  }
  await fake?.close();
});

const slack = (): FakeSlack => {
  if (fake === undefined) throw new Error('the fake Slack starts in beforeAll');
  return fake;
};
const driver = (): SlackDriver => createSocketModeDriver({ fake: slack() });

/** Polls `read` until it gives a value; fails after `timeoutMs`, or once the bot has exited, with what the bot printed. */
async function until<T>(what: string, read: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline || (bot !== undefined && bot.child.exitCode !== null)) throw new Error(`${what} never came; the bot said:\n${bot?.output()}`);
    await sleep(25);
  }
}

interface Readiness {
  readonly status: number;
  readonly body: { readonly slack?: { readonly ok: boolean; readonly detail?: string } };
}

/** /readyz once the bot is ready (true: it also logged in to RingCentral), or once its `slack` check fails (false). */
function readinessWhen(connected: boolean): Promise<Readiness> {
  return until(connected ? 'a ready /readyz' : '/readyz saying Slack is not connected', async () => {
    const response = await fetch(`${healthUrl}/readyz`).catch(() => undefined);
    if (response === undefined) return undefined;
    const readiness: Readiness = { status: response.status, body: (await response.json()) as Readiness['body'] };
    const matches = connected ? readiness.status === 200 : readiness.body.slack?.ok === false;
    return matches ? readiness : undefined;
  });
}

/** What the bot last left visible through a response_url, once it has posted there. */
function answerThrough(responseUrlId: string | undefined) {
  return until('an answer through the response_url', () => (slack().responses(responseUrlId!).length > 0 ? slack().responseMessages(responseUrlId!).at(-1) : undefined));
}

/** Every action id on a message's buttons. */
function actionIds(blocks: ReadonlyArray<unknown> | undefined): string[] {
  return JSON.stringify(blocks ?? []).match(/"action_id":"([^"]+)"/g)?.map((match) => match.slice(13, -1)) ?? [];
}

const mentions = (message: StoredMessage, text: string): boolean => (message.text + JSON.stringify(message.blocks ?? [])).includes(text);
const postedTo = (channel: string, text: string) => (call: RecordedCall): boolean => call.args.channel === channel && JSON.stringify(call.args).includes(text);

/** The retry_attempt of each sending of the latest envelope of a type, with the connection it went on. */
function sendingsOfLatest(type: 'slash_commands' | 'interactive'): Array<{ attempt: number; connection: number }> {
  const deliveries = slack().socketMode.deliveries();
  const latest = deliveries.filter((delivery) => delivery.type === type).at(-1);
  return deliveries.filter((delivery) => delivery.envelopeId === latest?.envelopeId).map((delivery) => ({ attempt: delivery.retryAttempt, connection: delivery.connection }));
}

async function emulatorRequests(): Promise<ReadonlyArray<LoggedRequest>> {
  return ((await (await fetch(`${emulator.url()}/_emulator/requests`)).json()) as { requests: LoggedRequest[] }).requests;
}

async function customRuleNames(): Promise<string[]> {
  const state = await emulator.state<{ answeringRules: Array<{ type?: string; name?: string }> }>();
  return state.answeringRules.filter((rule) => rule.type === 'Custom').map((rule) => rule.name ?? '');
}

/** Alice types a change and requests it from the preview; returns the approval message it led to. */
async function requestChange(text: string, marker: string): Promise<StoredMessage> {
  const typed = await driver().slashCommand({ user: ALICE, text });
  const preview = await answerThrough(typed.responseUrlId);
  expect(actionIds(preview.blocks)).toContain('request_approval');
  const clicked = await driver().clickButton({ user: ALICE, actionId: 'request_approval', container: { kind: 'ephemeral', blocks: preview.blocks } });
  expect(clicked).toMatchObject({ status: 200, body: '' });
  expect((await answerThrough(clicked.responseUrlId)).text).toMatch(/request \d+ pending/i);
  await slack().waitForCall('chat.postMessage', postedTo(APPROVAL_CHANNEL, marker), 10_000);
  return slack().messages(APPROVAL_CHANNEL).filter((message) => mentions(message, marker)).at(-1)!;
}

describe('the bot over Socket Mode', () => {
  it('connects with the app-level token, and /readyz says so', async () => {
    const readiness = await readinessWhen(true);
    expect(readiness).toEqual({ status: 200, body: { database: { ok: true }, ringCentral: { ok: true }, slack: { ok: true } } });
    // Each connection came from a URL apps.connections.open handed out for the app token.
    const opens = slack().calls('apps.connections.open');
    expect(opens.map((call) => call.response)).toEqual(opens.map(() => ({ ok: true, url: expect.stringMatching(/^ws:\/\/127\.0\.0\.1:\d+\/link\/\?ticket=\w+&app_id=A0FAKE0001$/) })));
    expect(slack().socketMode.connectionCount()).toBe(opens.length);
  }, 30_000);

  it('previews, requests, is approved by a teammate, changes RingCentral and posts the audit', async () => {
    await readinessWhen(true);
    const typed = await driver().slashCommand({ user: ALICE, text: 'route to voicemail on Dec 25' });
    // Acknowledged at once and empty; the preview follows through the response_url.
    expect(typed).toMatchObject({ status: 200, body: '' });
    const preview = await answerThrough(typed.responseUrlId);
    expect(preview.text + JSON.stringify(preview.blocks)).toContain('Main Voicemail');
    expect(actionIds(preview.blocks)).toContain('request_approval');
    expect(await customRuleNames()).not.toContainEqual(expect.stringMatching(/^Dec 25, \d{4}$/));

    const approval = await requestChange('route to voicemail on Dec 25', 'Dec 25');
    expect(actionIds(approval.blocks)).toEqual(expect.arrayContaining(['approve_request', 'reject_request']));
    const approved = await driver().clickButton({ user: BOB, actionId: 'approve_request', message: { channel: APPROVAL_CHANNEL, ts: approval.ts } });
    expect(approved).toMatchObject({ status: 200, body: '' });

    const audit = await slack().waitForCall('chat.postMessage', postedTo(AUDIT_CHANNEL, 'Dec 25'), 10_000);
    expect(actionIds(audit.args.blocks as ReadonlyArray<unknown>)).toContain('undo_request');
    expect(await customRuleNames()).toContainEqual(expect.stringMatching(/^Dec 25, \d{4}$/));
    const decided = await until('the approval message without its buttons', () => {
      const message = slack().messages(APPROVAL_CHANNEL).find((candidate) => candidate.ts === approval.ts);
      return message !== undefined && actionIds(message.blocks).length === 0 ? message : undefined;
    });
    expect(decided.text + JSON.stringify(decided.blocks)).toMatch(/approved by/i);
  }, 30_000);

  it('publishes App Home when it is opened, and answers an editor modal in the ack', async () => {
    await readinessWhen(true);
    const opened = await driver().openHome(ALICE);
    expect(opened).toEqual({ status: 200, body: '' });
    await slack().waitForCall('views.publish', (call) => call.args.user_id === ALICE, 10_000);
    expect(JSON.stringify(slack().homeView(ALICE)?.body.blocks)).toContain('Business hours');

    const typed = await driver().slashCommand({ user: ALICE, text: 'edit' });
    expect(typed.status).toBe(200);
    // A loading view at once, then the editor in its place once RingCentral has been read.
    const loading = await slack().waitForCall('views.open', (candidate) => candidate.response?.ok === true, 10_000);
    const viewId = (loading.response as unknown as { view: { id: string } }).view.id;
    await slack().waitForCall('views.update', (candidate) => candidate.args.view_id === viewId && candidate.response?.ok === true, 10_000);
    const editor = slack().view(viewId)!.body as unknown as { callback_id: string; blocks: Array<Record<string, unknown>> };
    expect(editor.callback_id).toBe('route_editor');
    // The next Mar 3: a day the other tests' rules (Dec 25, Dec 26) cannot be mistaken for.
    const now = DateTime.now().setZone('America/New_York');
    const march = now.set({ month: 3, day: 3 }).startOf('day');
    const day = march > now ? march : march.plus({ years: 1 });
    const values = initialValues(editor);
    const set = (block: string, state: Record<string, unknown>) => {
      const [action, old] = Object.entries(values[block]!)[0]!;
      values[block] = { [action]: { ...old, ...state } };
    };
    set('route_target', { selected_option: { text: { type: 'plain_text', text: 'Main Voicemail' }, value: MAIN_VOICEMAIL } });
    set('route_when', { selected_option: { text: { type: 'plain_text', text: 'dates' }, value: 'dates' } });
    set('route_date_from', { selected_date: day.toISODate() });

    // The submission's answer travels in the ack: the confirmation view replaces the editor.
    const submitted = await driver().submitView({ user: ALICE, viewId, values });
    expect(submitted.body).toMatchObject({ response_action: 'update', view: { callback_id: 'confirm_change' } });
    const confirmation = (submitted.body as { view: { private_metadata: string; blocks: unknown[] } }).view;
    expect(JSON.stringify(confirmation.blocks)).toContain('Main Voicemail');
    const confirmed = await driver().submitView({ user: ALICE, callbackId: 'confirm_change', privateMetadata: confirmation.private_metadata, values: {} });
    expect(confirmed).toMatchObject({ status: 200, body: '' });
    await slack().waitForCall('chat.postMessage', postedTo(APPROVAL_CHANNEL, day.toFormat('LLL d, yyyy')), 10_000);
  }, 30_000);

  it('opens a new connection when Slack asks for a refresh or the connection drops, and answers and applies each command once', async () => {
    await readinessWhen(true);
    const connections = slack().socketMode.connectionCount();
    const opens = slack().calls('apps.connections.open').length;

    // Slack recycles the connection: not ready until the bot is on a new one, from a new URL.
    slack().socketMode.requestRefresh();
    expect((await readinessWhen(false)).body.slack).toEqual({ ok: false, detail: 'not connected to Slack' });
    expect((await readinessWhen(true)).status).toBe(200);
    expect(slack().socketMode.connectionCount()).toBe(connections + 1);
    expect(slack().calls('apps.connections.open')).toHaveLength(opens + 1);

    // A command whose ack is lost with its connection: Slack sends it again on the next one.
    slack().socketMode.loseNextAck();
    const typed = await driver().slashCommand({ user: ALICE, text: 'route to voicemail on Dec 26' });
    expect(sendingsOfLatest('slash_commands')).toEqual([{ attempt: 0, connection: connections + 1 }, { attempt: 1, connection: connections + 2 }]);
    const preview = await answerThrough(typed.responseUrlId);

    // A click sent just as the connection drops, read by the bot or not: sent again, requested once.
    const clicking = driver().clickButton({ user: ALICE, actionId: 'request_approval', container: { kind: 'ephemeral', blocks: preview.blocks } });
    slack().socketMode.dropConnections();
    expect((await readinessWhen(false)).status).toBe(503);
    const clicked = await clicking;
    expect(sendingsOfLatest('interactive').map((sending) => sending.attempt)).toEqual([0, 1]);
    expect((await answerThrough(clicked.responseUrlId)).text).toMatch(/request \d+ pending/i);
    await slack().waitForCall('chat.postMessage', postedTo(APPROVAL_CHANNEL, 'Dec 26'), 10_000);
    const approval = slack().messages(APPROVAL_CHANNEL).find((message) => mentions(message, 'Dec 26'))!;

    // The approval, its ack lost: applied once, and Bob told once.
    await readinessWhen(true);
    const requestsBefore = (await emulatorRequests()).length;
    const notesBefore = slack().ephemerals(APPROVAL_CHANNEL).length;
    slack().socketMode.loseNextAck();
    await driver().clickButton({ user: BOB, actionId: 'approve_request', message: { channel: APPROVAL_CHANNEL, ts: approval.ts } });
    expect(sendingsOfLatest('interactive').map((sending) => sending.attempt)).toEqual([0, 1]);
    await slack().waitForCall('chat.postMessage', postedTo(AUDIT_CHANNEL, 'Dec 26'), 10_000);
    expect((await readinessWhen(true)).status).toBe(200);

    // Everything each envelope led to happened once, redeliveries and all.
    expect(slack().responses(typed.responseUrlId!)).toHaveLength(1);
    expect(slack().responses(clicked.responseUrlId!)).toHaveLength(1);
    expect(slack().messages(APPROVAL_CHANNEL).filter((message) => mentions(message, 'Dec 26'))).toHaveLength(1);
    await until("Bob's note", () => (slack().ephemerals(APPROVAL_CHANNEL).length > notesBefore ? true : undefined));
    expect(slack().ephemerals(APPROVAL_CHANNEL).slice(notesBefore).map((note) => note.user)).toEqual([BOB]);
    expect(slack().calls('chat.postMessage').filter(postedTo(AUDIT_CHANNEL, 'Dec 26'))).toHaveLength(1);
    const ruleWrites = (await emulatorRequests()).slice(requestsBefore).filter((request) => request.method === 'POST' && /\/answering-rule$/.test(request.path));
    expect(ruleWrites).toHaveLength(1);
    expect((await customRuleNames()).filter((name) => /^Dec 26, \d{4}$/.test(name))).toHaveLength(1);
  }, 60_000);
});
