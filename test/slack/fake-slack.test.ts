import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { App, LogLevel, webApi, type BlockAction } from '@slack/bolt';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack/index.ts';
import { createSlackDriver, type SlackDriver } from '../support/slack-driver.ts';

const BOT_TOKEN = 'xoxb-fake-bot-token';
const SIGNING_SECRET = 'fake-signing-secret';
const APPROVALS = 'C0APPROVAL';
const ADMIN = 'U0ADMIN001';
const TEAMMATE = 'U0MATE0001';

const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });
const approveButton = { type: 'actions', block_id: 'decision', elements: [{ type: 'button', action_id: 'approve', text: { type: 'plain_text', text: 'Approve' }, value: 'request-1' }] };

/**
 * A tiny Bolt app: `/ivr` responds and posts an approval message (`/ivr <what>` picks a variant
 * that breaks something), `approve` updates the message in place, `edit` opens a modal, the
 * `route` modal refuses an empty target, the Home tab is published, and the target picker offers options.
 */
function createTinyApp(fakeUrl: string, failures: unknown[]): App {
  const app = new App({
    token: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    processBeforeResponse: true,
    logLevel: LogLevel.ERROR,
    // One retry, at once: with `retries: 0` the client gives up on a 429 after the Retry-After pause.
    clientOptions: { slackApiUrl: fakeUrl, retryConfig: { retries: 1, minTimeout: 0, maxTimeout: 0 } },
  });
  app.command('/ivr', async ({ ack, respond, client, command }) => {
    await ack();
    try {
      await respond({ response_type: 'ephemeral', text: `Preview: ${command.text}`, blocks: [section(`Preview: ${command.text}`)] });
      const channel = command.text === 'nowhere' ? 'C0UNKNOWN1' : APPROVALS;
      const blocks = command.text === 'too many blocks' ? Array.from({ length: 51 }, (_, index) => section(`line ${index}`)) : [section(`<@${command.user_id}> asks: ${command.text}`), approveButton];
      await client.chat.postMessage({ channel, text: `Approval needed: ${command.text}`, blocks });
    } catch (error) {
      failures.push(error);
    }
  });
  app.action('approve', async ({ ack, body, client }) => {
    await ack();
    const action = body as BlockAction;
    const where = action.container as { channel_id: string; message_ts: string };
    await client.chat.update({ channel: where.channel_id, ts: where.message_ts, text: 'Approved', blocks: [section(`Approved by <@${action.user.id}>`)] });
  });
  app.action('edit', async ({ ack, body, client }) => {
    await ack();
    try {
      await client.views.open({
        trigger_id: (body as { trigger_id: string }).trigger_id,
        view: {
          type: 'modal',
          callback_id: 'route',
          title: { type: 'plain_text', text: 'Route calls' },
          submit: { type: 'plain_text', text: 'Preview' },
          blocks: [{ type: 'input', block_id: 'target', label: { type: 'plain_text', text: 'Target' }, element: { type: 'external_select', action_id: 'pick' } }],
        },
      });
    } catch (error) {
      failures.push(error);
    }
  });
  app.view('route', async ({ ack, view }) => {
    const target = view.state.values.target?.pick?.selected_option?.value;
    await (target ? ack() : ack({ response_action: 'errors', errors: { target: 'Pick where calls should go.' } }));
  });
  app.options('pick', async ({ ack, options }) => {
    await ack({ options: [{ text: { type: 'plain_text', text: `Voicemail (${options.value})` }, value: 'vm' }] });
  });
  app.event('app_home_opened', async ({ event, client }) => {
    await client.views.publish({ user_id: event.user, view: { type: 'home', blocks: [section('Calls go to the main menu.')] } });
  });
  return app;
}

describe('the fake Slack Web API and driver with a real Bolt app', () => {
  let fake: FakeSlack;
  let app: App;
  let driver: SlackDriver;
  let clockSkewMs = 0;
  const failures: unknown[] = [];

  beforeAll(async () => {
    fake = await startFakeSlack({ botToken: BOT_TOKEN, now: () => Date.now() + clockSkewMs });
    app = createTinyApp(fake.url, failures);
    const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
    driver = createSlackDriver({ appUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, signingSecret: SIGNING_SECRET, fake });
  });

  afterAll(async () => {
    await app?.stop();
    await fake?.close();
  });

  beforeEach(() => {
    fake.addUser({ id: ADMIN, name: 'ada', real_name: 'Ada Admin', tz: 'America/New_York' });
    fake.addUser({ id: TEAMMATE, name: 'tom', real_name: 'Tom Mate', tz: 'Europe/Paris' });
    fake.addChannel({ id: APPROVALS, name: 'ivr-approvals', isMember: true });
  });

  afterEach(() => {
    fake.reset();
    failures.length = 0;
    clockSkewMs = 0;
  });

  const errorCodeOf = (error: unknown) => (error as { data?: { error?: string } }).data?.error;

  describe('signing', () => {
    it('passes a correctly signed slash command to the listener, which responds and posts', async () => {
      const answer = await driver.slashCommand({ user: ADMIN, text: 'route to voicemail on Dec 25' });

      expect(answer.status).toBe(200);
      expect(failures).toEqual([]);
      expect(fake.responses(answer.responseUrlId ?? '').map((post) => post.body.text)).toEqual(['Preview: route to voicemail on Dec 25']);
      const [message] = fake.messages(APPROVALS);
      expect(message?.text).toBe('Approval needed: route to voicemail on Dec 25');
      expect(message?.ts).toMatch(/^\d{10}\.\d{6}$/);
      const [call] = fake.calls('chat.postMessage');
      expect(call?.args.blocks).toHaveLength(2);
    });

    it.each(['bad', 'stale', 'missing'] as const)('answers 401 to a %s signature and runs no listener', async (signing) => {
      const answer = await driver.slashCommand({ user: ADMIN, text: 'status', signing });

      expect(answer.status).toBe(401);
      expect(fake.calls().filter((call) => call.method !== 'auth.test')).toEqual([]);
      expect(fake.responses(answer.responseUrlId ?? '')).toEqual([]);
    });
  });

  describe('interactivity', () => {
    it('updates the approval message in place when its button is clicked', async () => {
      await driver.slashCommand({ user: ADMIN, text: 'status' });
      const [posted] = fake.messages(APPROVALS);

      const answer = await driver.clickButton({ user: TEAMMATE, actionId: 'approve', message: { channel: APPROVALS, ts: posted?.ts ?? '' } });

      expect(answer.status).toBe(200);
      const [updated] = fake.messages(APPROVALS);
      expect(updated?.ts).toBe(posted?.ts);
      expect(updated?.text).toBe('Approved');
      expect(updated?.blocks).toEqual([section(`Approved by <@${TEAMMATE}>`)]);
      expect(fake.calls('chat.update')[0]?.args).toMatchObject({ channel: APPROVALS, ts: posted?.ts });
    });

    it('sends the value rendered on the button unless the click overrides it', async () => {
      await driver.slashCommand({ user: ADMIN, text: 'status' });
      const [posted] = fake.messages(APPROVALS);
      let seen: unknown;
      app.action('approve', async ({ action }) => {
        seen = (action as { value?: string }).value;
      });

      await driver.clickButton({ user: TEAMMATE, actionId: 'approve', message: { channel: APPROVALS, ts: posted?.ts ?? '' } });

      expect(seen).toBe('request-1');
    });

    it('returns the view submission errors the listener acks with', async () => {
      const answer = await driver.submitView({ user: ADMIN, callbackId: 'route', privateMetadata: '{}', values: { target: { pick: { type: 'external_select', selected_option: null } } } });

      expect(answer).toMatchObject({ status: 200, body: { response_action: 'errors', errors: { target: 'Pick where calls should go.' } } });
    });

    it('opens a modal with the trigger id of the click, and submits it by view id', async () => {
      const click = await driver.clickButton({ user: ADMIN, actionId: 'edit', container: { kind: 'ephemeral', blocks: [] } });
      const opened = await fake.waitForCall('views.open');
      const viewId = (opened.response?.view as { id: string }).id;

      const answer = await driver.submitView({ user: ADMIN, viewId, values: { target: { pick: { type: 'external_select', selected_option: { value: 'vm' } } } } });

      expect(click.status).toBe(200);
      expect(opened.args.trigger_id).toBe(click.triggerId);
      expect(fake.view(viewId)?.user).toBe(ADMIN);
      expect(answer).toMatchObject({ status: 200, body: '' });
    });

    it('loads external_select options for what the user typed', async () => {
      const answer = await driver.blockSuggestion({ user: ADMIN, actionId: 'pick', value: 'voi' });

      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ options: [{ text: { type: 'plain_text', text: 'Voicemail (voi)' }, value: 'vm' }] });
    });

    it('publishes the Home tab when the user opens it', async () => {
      const answer = await driver.openHome(ADMIN);

      expect(answer.status).toBe(200);
      expect(fake.homeView(ADMIN)?.body.blocks).toEqual([section('Calls go to the main menu.')]);
    });
  });

  describe('Web API faults and limits', () => {
    it('makes the client pause for Retry-After on a 429 and then succeed', async () => {
      fake.injectFault({ method: 'chat.postMessage', status: 429, retryAfterSeconds: 1 });
      const started = Date.now();

      await driver.slashCommand({ user: ADMIN, text: 'status' });

      expect(failures).toEqual([]);
      const attempts = fake.calls('chat.postMessage');
      expect(attempts.map((call) => call.status)).toEqual([429, 200]);
      expect((attempts[1]?.at ?? 0) - (attempts[0]?.at ?? 0)).toBeGreaterThanOrEqual(950);
      expect(Date.now() - started).toBeGreaterThanOrEqual(950);
      expect(fake.messages(APPROVALS)).toHaveLength(1);
    });

    it('answers { ok: false } with an injected error code, once', async () => {
      fake.injectFault({ method: 'chat.postMessage', error: 'not_in_channel' });

      await driver.slashCommand({ user: ADMIN, text: 'status' });
      await driver.slashCommand({ user: ADMIN, text: 'status' });

      expect(failures.map(errorCodeOf)).toEqual(['not_in_channel']);
      expect(fake.messages(APPROVALS)).toHaveLength(1);
    });

    it('refuses a message of 51 blocks with invalid_blocks', async () => {
      await driver.slashCommand({ user: ADMIN, text: 'too many blocks' });

      expect(failures.map(errorCodeOf)).toEqual(['invalid_blocks']);
      const [call] = fake.calls('chat.postMessage');
      expect(call?.response).toMatchObject({ ok: false, error: 'invalid_blocks', response_metadata: { messages: [expect.stringContaining('[json-pointer:/blocks]')] } });
      expect(fake.messages(APPROVALS)).toEqual([]);
    });

    it('refuses a post to a channel it does not know with channel_not_found', async () => {
      await driver.slashCommand({ user: ADMIN, text: 'nowhere' });

      expect(failures.map(errorCodeOf)).toEqual(['channel_not_found']);
    });
  });
});

describe('startFakeSlack on its own', () => {
  let fake: FakeSlack;
  let now = Date.parse('2025-12-24T15:00:00Z');
  let client: webApi.WebClient;

  beforeAll(async () => {
    fake = await startFakeSlack({ botToken: BOT_TOKEN, now: () => now });
    client = new webApi.WebClient(BOT_TOKEN, { slackApiUrl: fake.url, retryConfig: { retries: 0 }, logLevel: webApi.LogLevel.ERROR });
  });

  afterAll(async () => {
    await fake?.close();
  });

  beforeEach(() => {
    fake.addUser({ id: ADMIN, name: 'ada', real_name: 'Ada Admin', tz: 'America/New_York' });
    fake.addChannel({ id: APPROVALS, name: 'ivr-approvals', isMember: true });
    fake.addChannel({ id: 'C0AUDIT001', name: 'ivr-audit', isMember: false });
    fake.addGroup({ id: 'S0APPROVER', handle: 'ivr-approvers', users: [ADMIN] });
  });

  afterEach(() => fake.reset());

  const codeOf = async (call: Promise<unknown>) => call.then(() => 'ok', (error: unknown) => (error as { data?: { error?: string } }).data?.error);
  const modal = { type: 'modal' as const, title: { type: 'plain_text' as const, text: 'Route calls' }, blocks: [] };

  it('refuses a wrong bot token with invalid_auth', async () => {
    const stranger = new webApi.WebClient('xoxb-someone-else', { slackApiUrl: fake.url, retryConfig: { retries: 0 }, logLevel: webApi.LogLevel.ERROR });

    expect(await codeOf(stranger.auth.test())).toBe('invalid_auth');
  });

  it('answers auth.test with the bot identity', async () => {
    expect(await client.auth.test()).toMatchObject({ ok: true, user_id: fake.identity.botUserId, bot_id: fake.identity.botId, team_id: fake.identity.teamId });
  });

  it('refuses a channel the bot is not in with not_in_channel', async () => {
    expect(await codeOf(client.chat.postMessage({ channel: 'C0AUDIT001', text: 'hi' }))).toBe('not_in_channel');
  });

  it('reads a channel newest first, a page at a time, following next_cursor', async () => {
    for (const text of ['one', 'two', 'three', 'four', 'five']) await client.chat.postMessage({ channel: APPROVALS, text });
    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = await client.conversations.history({ channel: APPROVALS, limit: 2, ...(cursor === undefined ? {} : { cursor }) });
      pages.push((page.messages ?? []).map((message) => message.text ?? ''));
      expect(page.has_more).toBe(page.response_metadata?.next_cursor !== undefined);
      cursor = page.response_metadata?.next_cursor;
    } while (cursor !== undefined);

    expect(pages).toEqual([['five', 'four'], ['three', 'two'], ['one']]);
    expect((await client.conversations.history({ channel: APPROVALS })).messages?.[0]).toMatchObject({ type: 'message', text: 'five', bot_id: fake.identity.botId });
  });

  it('refuses to read a channel it does not know or the bot is not in, and a made-up cursor', async () => {
    expect(await codeOf(client.conversations.history({ channel: 'C0UNKNOWN1' }))).toBe('channel_not_found');
    expect(await codeOf(client.conversations.history({ channel: 'C0AUDIT001' }))).toBe('not_in_channel');
    expect(await codeOf(client.conversations.history({ channel: APPROVALS, cursor: 'not-a-cursor' }))).toBe('invalid_cursor');
  });

  it('hands out strictly increasing message timestamps', async () => {
    const first = await client.chat.postMessage({ channel: APPROVALS, text: 'one' });
    const second = await client.chat.postMessage({ channel: APPROVALS, text: 'two' });

    expect(Number(second.ts)).toBeGreaterThan(Number(first.ts));
  });

  it('refuses to update a message that does not exist', async () => {
    expect(await codeOf(client.chat.update({ channel: APPROVALS, ts: '1700000000.999900', text: 'x' }))).toBe('message_not_found');
  });

  it('opens a view once per trigger id, within 3 seconds', async () => {
    const fresh = fake.issueTriggerId(ADMIN);
    const late = fake.issueTriggerId(ADMIN);

    expect(await codeOf(client.views.open({ trigger_id: fresh, view: modal }))).toBe('ok');
    expect(await codeOf(client.views.open({ trigger_id: fresh, view: modal }))).toBe('exchanged_trigger_id');
    now += 3001;
    expect(await codeOf(client.views.open({ trigger_id: late, view: modal }))).toBe('expired_trigger_id');
    expect(await codeOf(client.views.open({ trigger_id: 'made-up', view: modal }))).toBe('invalid_trigger_id');
  });

  it('refuses a modal title over 24 characters', async () => {
    const answer = await codeOf(client.views.open({ trigger_id: fake.issueTriggerId(), view: { ...modal, title: { type: 'plain_text', text: 'Route calls to voicemail!' } } }));

    expect(answer).toBe('invalid_arguments');
  });

  it('refuses mrkdwn where Slack takes only plain_text', async () => {
    const blocks = [{ type: 'header', text: { type: 'mrkdwn', text: '*Routing*' } }];

    expect(await codeOf(client.chat.postMessage({ channel: APPROVALS, text: 'x', blocks }))).toBe('invalid_blocks');
  });

  it('refuses text over 40,000 characters with msg_too_long', async () => {
    expect(await codeOf(client.chat.postMessage({ channel: APPROVALS, text: 'x'.repeat(40_001) }))).toBe('msg_too_long');
  });

  it('reports a seeded user with their time zone offset', async () => {
    const answer = await client.users.info({ user: ADMIN });

    expect(answer.user).toMatchObject({ id: ADMIN, name: 'ada', real_name: 'Ada Admin', tz: 'America/New_York', tz_offset: -18_000 });
    expect(await codeOf(client.users.info({ user: 'U0NOBODY01' }))).toBe('user_not_found');
  });

  it('lists user groups and their members', async () => {
    expect((await client.usergroups.list()).usergroups?.map((group) => group.handle)).toEqual(['ivr-approvers']);
    expect((await client.usergroups.users.list({ usergroup: 'S0APPROVER' })).users).toEqual([ADMIN]);
    expect(await codeOf(client.usergroups.users.list({ usergroup: 'S0NOTHING1' }))).toBe('no_such_subteam');
  });

  it('opens a DM with a known user and posts into it', async () => {
    const dm = await client.conversations.open({ users: ADMIN });
    await client.chat.postMessage({ channel: dm.channel?.id ?? '', text: 'Your request was approved.' });

    expect(fake.messages(dm.channel?.id ?? '').map((message) => message.text)).toEqual(['Your request was approved.']);
  });

  it('answers HTTP 500 when told to', async () => {
    fake.injectFault({ method: 'chat.postMessage', status: 500 });

    const error = await client.chat.postMessage({ channel: APPROVALS, text: 'x' }).catch((thrown: unknown) => thrown);

    expect((error as { code?: string }).code).toBe(webApi.ErrorCode.HTTPError);
  });

  it('takes 5 posts to a response_url and answers 404 to the sixth', async () => {
    const { id, url } = fake.newResponseUrl();
    const statuses: number[] = [];
    for (let post = 1; post <= 6; post += 1) {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: `post ${post}` }) });
      statuses.push(response.status);
    }

    expect(statuses).toEqual([200, 200, 200, 200, 200, 404]);
    expect(fake.responses(id)).toHaveLength(5);
  });

  it('replaces and deletes the original through a response_url', async () => {
    const original = { response_type: 'ephemeral' as const, text: 'Preview', blocks: undefined };
    const { id, url } = fake.newResponseUrl({ kind: 'ephemeral', original });
    const send = (body: object) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

    await send({ replace_original: true, text: 'Requested' });
    expect(fake.responseMessages(id).map((message) => message.text)).toEqual(['Requested']);
    await send({ delete_original: true });
    expect(fake.responseMessages(id)).toEqual([]);
  });

  it('replaces a channel message through the response_url of its button', async () => {
    const posted = await client.chat.postMessage({ channel: APPROVALS, text: 'Approve?' });
    const { url } = fake.newResponseUrl({ kind: 'channel-message', channel: APPROVALS, ts: posted.ts ?? '' });

    await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ replace_original: true, text: 'Approved' }) });

    expect(fake.messages(APPROVALS).map((message) => message.text)).toEqual(['Approved']);
  });

  describe('file uploads (files.getUploadURLExternal, the upload URL, files.completeUploadExternal)', () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

    it('takes an upload by filesUploadV2 and shares it in the channel with its comment and bytes', async () => {
      const answer = await client.filesUploadV2({ channel_id: APPROVALS, file: bytes, filename: 'week.png', title: 'This week', initial_comment: 'A: Main Voicemail' });

      const asked = fake.calls('files.getUploadURLExternal')[0]!;
      expect(asked.args).toMatchObject({ filename: 'week.png', length: String(bytes.length) });
      expect(String(asked.response?.upload_url)).toMatch(new RegExp(`^${fake.url.replace('/api/', '')}/upload/v1/\\w+$`));
      const shared = fake.messages(APPROVALS).at(-1)!;
      expect(shared.text).toBe('A: Main Voicemail');
      expect(shared.files?.map((file) => [file.filename, file.title, Buffer.from(file.bytes ?? []).equals(bytes)])).toEqual([['week.png', 'This week', true]]);
      const completed = (answer.files as Array<{ files?: Array<{ id?: string; title?: string; size?: number }> }>)[0]?.files?.[0];
      expect(completed).toMatchObject({ id: shared.files?.[0]?.id, title: 'This week', size: bytes.length });
      // Read back, the message carries the file as Slack's history shows it.
      expect((await client.conversations.history({ channel: APPROVALS })).messages?.[0]?.files?.[0]).toMatchObject({ name: 'week.png', filetype: 'png' });
    });

    it('keeps a file completed without a channel private', async () => {
      await client.filesUploadV2({ file: bytes, filename: 'week.png' });

      const id = String(fake.calls('files.getUploadURLExternal')[0]?.response?.file_id);
      expect(Buffer.from(fake.file(id)?.bytes ?? []).equals(bytes)).toBe(true);
      expect(fake.messages(APPROVALS)).toEqual([]);
    });

    it('refuses to share into a channel the bot is not in, a DM between other people, or one it does not know', async () => {
      fake.addChannel({ id: 'D0THEIRDM1', name: 'directmessage', isMember: false });
      const upload = (channel: string) => codeOf(client.filesUploadV2({ channel_id: channel, file: bytes, filename: 'week.png', initial_comment: 'legend' }));

      expect(await upload('C0AUDIT001')).toBe('not_in_channel');
      expect(await upload('D0THEIRDM1')).toBe('not_in_channel');
      expect(await upload('C0UNKNOWN1')).toBe('channel_not_found');
      expect(fake.messages('C0AUDIT001')).toEqual([]);
      // The bot's own DM with someone takes it.
      expect(await upload((await client.conversations.open({ users: ADMIN })).channel?.id ?? '')).toBe('ok');
    });

    it('refuses an upload URL without a filename or a length, and completing a file whose bytes never came', async () => {
      expect(await codeOf(client.apiCall('files.getUploadURLExternal', { length: 3 }))).toBe('invalid_arguments');
      expect(await codeOf(client.apiCall('files.getUploadURLExternal', { filename: 'week.png' }))).toBe('invalid_arguments');
      expect(await codeOf(client.files.getUploadURLExternal({ filename: 'week.png', length: 0 }))).toBe('missing_argument');
      const pending = await client.files.getUploadURLExternal({ filename: 'week.png', length: 3 });

      expect(await codeOf(client.files.completeUploadExternal({ files: [{ id: pending.file_id ?? '' }], channel_id: APPROVALS }))).toBe('file_not_found');
      expect(await codeOf(client.files.completeUploadExternal({ files: [{ id: 'F0NOSUCH01' }] }))).toBe('file_not_found');
      expect(await codeOf(client.apiCall('files.completeUploadExternal', { channel_id: APPROVALS }))).toBe('invalid_arguments');
    });

    it('takes exactly the announced number of bytes at the upload URL, once', async () => {
      const { upload_url: url = '' } = await client.files.getUploadURLExternal({ filename: 'week.png', length: 4 });
      const post = async (bytes: ReadonlyArray<number>) => {
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: new Blob([new Uint8Array(bytes)]) });
        return [response.status, await response.text()];
      };

      expect(await post([1, 2, 3])).toEqual([400, 'expected 4 bytes, received 3']);
      expect(await post([1, 2, 3, 4])).toEqual([200, 'OK - 4']);
      expect((await post([1, 2, 3, 4]))[0]).toBe(404);
    });
  });

  it('takes JSON bodies as well as form bodies', async () => {
    await client.apiCall('chat.postMessage', { channel: APPROVALS, text: 'form' });
    await fetch(`${fake.url}chat.postMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', authorization: `Bearer ${BOT_TOKEN}` },
      body: JSON.stringify({ channel: APPROVALS, text: 'json', blocks: [section('json')] }),
    });

    expect(fake.calls('chat.postMessage').map((call) => call.args.blocks)).toEqual([undefined, [section('json')]]);
  });
});
