/**
 * The Slack app under attack, over the real Bolt HTTP app: requests Slack did not sign, people the
 * policy does not name trying every way in, button values edited by hand, and a whole story
 * logged at `trace` to show that no token or secret reaches the log.
 */
import { Writable } from 'node:stream';
import { expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { createMemoryTokenStore, createRingCentralGateway, type TokenStore } from '../../src/ringcentral/index.ts';
import type { ChangeRequest } from '../../src/store/index.ts';
import { describeEachDatabase } from '../support/use-test-databases.ts';
import {
  ALICE,
  APPROVAL_CHANNEL,
  AUDIT_CHANNEL,
  BOB,
  BOT_TOKEN,
  CAROL,
  MALLORY,
  SIGNING_SECRET,
  useSlackAppHarness,
  type RunningSlackApp,
} from '../support/slack-app-harness.ts';
import { initialValues } from '../support/view-values.ts';

const { harness, fake, start } = useSlackAppHarness();

/** Words of the demo company's call handling that an outsider must never be shown. */
const COMPANY_WORDS = ['Main Voicemail', 'VIP callers', 'Support Queue', 'greeting', 'Business hours', '09:00', '+1650'];

type Json = Record<string, unknown>;

describeEachDatabase(
  'the Slack app under attack',
  (database) => {
    /** The emulator's state and every stored request, to show an attempt changed neither. */
    const snapshot = async () => ({ emulator: await harness.emulatorState(), requests: await database().stores.requests.list({ limit: 100 }) });

    /** Alice asks for a change (straight through the workflow) and the approval message is posted. */
    async function pendingRequest(app: RunningSlackApp, text: string, who = ALICE): Promise<{ request: ChangeRequest; ts: string }> {
      const outcome = await harness.request(app.slackApp.context.workflow, who, text);
      expect(outcome.code).toBe('pending');
      await app.slackApp.delivery.deliverDue();
      return { request: outcome.request!, ts: fake().messages(APPROVAL_CHANNEL).at(-1)!.ts };
    }

    /** A change asked for by Alice and applied by Bob; returns the audit post with its Undo button. */
    async function appliedRequest(app: RunningSlackApp, text: string): Promise<{ request: ChangeRequest; ts: string }> {
      const { request } = await pendingRequest(app, text);
      expect((await app.slackApp.context.workflow.approve(request.id, { id: BOB })).code).toBe('applied');
      await app.slackApp.delivery.deliverDue();
      return { request, ts: fake().messages(AUDIT_CHANNEL).at(-1)!.ts };
    }

    /** The ephemeral notes a user was sent with chat.postEphemeral, oldest first. */
    const notesTo = (user: string) => fake().ephemerals().filter((note) => note.user === user).map((note) => note.text ?? '');

    it('refuses forged, unsigned, replayed, oversized and malformed requests, and changes nothing', async () => {
      const app = await start(database());
      try {
        const { request, ts } = await pendingRequest(app, 'route to voicemail on Dec 25');
        const before = await snapshot();
        const callsBefore = fake().calls().length;
        for (const signing of ['bad', 'stale', 'missing'] as const) {
          const answers = [
            await app.driver.slashCommand({ user: ALICE, text: 'route to voicemail on Dec 26', signing }),
            await app.driver.clickButton({ user: ALICE, actionId: 'request_approval', value: 'route to voicemail on Dec 26', signing }),
            await app.driver.clickButton({ user: CAROL, actionId: 'approve_request', value: String(request.id), message: { channel: APPROVAL_CHANNEL, ts }, signing }),
            await app.driver.openHome(ALICE, { signing }),
            await app.driver.blockSuggestion({ user: ALICE, actionId: 'route_target_select', value: 'Main', signing }),
            await app.driver.submitView({ user: ALICE, callbackId: 'reject_reason', privateMetadata: String(request.id), values: {}, signing }),
          ];
          expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 401));
        }
        // Slack signs bodies up to its own size; Bolt reads at most 4 MB before it checks anything.
        const padding = 'x'.repeat(4 * 1024 * 1024 + 1024);
        const oversized = await app.driver.postRaw({ body: new URLSearchParams({ command: '/ivr', text: 'status', user_id: ALICE, padding }).toString(), contentType: 'application/x-www-form-urlencoded' });
        expect(oversized.status).toBe(413);
        const malformed = await app.driver.postRaw({ body: 'payload=%7Bnot%20json', contentType: 'application/x-www-form-urlencoded' });
        expect(malformed.status).toBeGreaterThanOrEqual(400);
        expect(malformed.status).toBeLessThan(500);

        // No listener ran: nothing was posted, published or opened, and nothing changed.
        expect(fake().calls().slice(callsBefore)).toEqual([]);
        expect(await snapshot()).toEqual(before);
      } finally {
        await app.close();
      }
    });

    it('answers an outsider every /ivr command with a refusal that shows no call handling', async () => {
      const app = await start(database());
      try {
        await pendingRequest(app, 'route to voicemail on Dec 25');
        const before = await snapshot();
        const commands = [
          'status', 'status at Dec 24 6pm', 'test Dec 24 10am from +1 415 555 0100', 'rules', 'requests', 'history', 'audit verify',
          'route to voicemail on Dec 26', 'hours 24/7', 'close now', 'open', 'rule "VIP callers" delete', 'approve 1', 'reject 1 no',
          'cancel 1', 'undo 1', 'replan 1', 'edit', 'edit hours', 'edit holidays', 'edit route to voicemail on Dec 26',
        ];
        for (const text of commands) {
          const answer = await app.driver.slashCommand({ user: MALLORY, text });
          const shown = fake().responseMessages(answer.responseUrlId!);
          expect(shown, text).toHaveLength(1);
          expect(shown[0]!.text, text).toMatch(/may not read|can't request changes/);
          for (const word of COMPANY_WORDS) expect(JSON.stringify(shown[0]), `${text} shows ${word}`).not.toContain(word);
        }
        expect(fake().calls('views.open')).toEqual([]);
        expect(await snapshot()).toEqual(before);
      } finally {
        await app.close();
      }
    });

    it('refuses an outsider every button, with a note saying why', async () => {
      const app = await start(database());
      try {
        const applied = await appliedRequest(app, 'route to voicemail on Dec 24');
        const pending = await pendingRequest(app, 'route to voicemail on Dec 25');
        const before = await snapshot();

        const asked = await app.driver.clickButton({ user: MALLORY, actionId: 'request_approval', value: 'route to voicemail on Dec 26' });
        expect(fake().responseMessages(asked.responseUrlId!).at(-1)?.text).toMatch(/may not request changes/);
        const edit = await app.driver.clickButton({ user: MALLORY, actionId: 'edit_request', value: 'route to voicemail on Dec 26' });
        expect(fake().responseMessages(edit.responseUrlId!).at(-1)?.text).toMatch(/can't request changes/);
        await app.driver.clickButton({ user: MALLORY, actionId: 'approve_request', message: { channel: APPROVAL_CHANNEL, ts: pending.ts } });
        await app.driver.clickButton({ user: MALLORY, actionId: 'reject_request', message: { channel: APPROVAL_CHANNEL, ts: pending.ts } });
        await app.driver.clickButton({ user: MALLORY, actionId: 'undo_request', message: { channel: AUDIT_CHANNEL, ts: applied.ts } });
        expect(notesTo(MALLORY)).toEqual([
          expect.stringMatching(/may not approve changes/),
          expect.stringMatching(/may not reject changes/),
          expect.stringMatching(/may not request changes/),
        ]);
        // The Reject button opens no form for someone who may not reject.
        expect(fake().calls('views.open')).toEqual([]);
        expect(await snapshot()).toEqual(before);
      } finally {
        await app.close();
      }
    });

    it('refuses an outsider every form submission and every type-ahead', async () => {
      const app = await start(database());
      try {
        const pending = await pendingRequest(app, 'route to voicemail on Dec 25');
        const before = await snapshot();
        let confirmation: { private_metadata?: string } | undefined;
        for (const text of ['edit route to voicemail on Dec 26', 'edit hours Mon-Fri 8-6', 'edit holidays US 2027']) {
          await app.driver.slashCommand({ user: ALICE, text });
          const viewId = (fake().calls('views.open').at(-1)!.response as unknown as { view: { id: string } }).view.id;
          const values = initialValues(fake().view(viewId)!.body as { blocks: Json[] });
          // The same form is valid for Alice, who may ask for changes...
          const mine = await app.driver.submitView({ user: ALICE, viewId, values });
          expect(mine.body, text).toMatchObject({ response_action: 'update', view: { callback_id: 'confirm_change' } });
          confirmation ??= (mine.body as { view: { private_metadata?: string } }).view;
          // ...and refused to Mallory, on the form itself.
          const theirs = await app.driver.submitView({ user: MALLORY, viewId, values });
          expect(theirs.body, text).toMatchObject({ response_action: 'errors' });
          expect(JSON.stringify(theirs.body), text).toMatch(/can't request changes/);
        }
        await app.driver.submitView({ user: MALLORY, callbackId: 'confirm_change', privateMetadata: confirmation!.private_metadata!, values: {} });
        // The outcome of a form goes where the form was opened, else to a direct message.
        const told = [...notesTo(MALLORY), ...fake().messages(`D${MALLORY.slice(1)}`).map((message) => message.text)];
        expect(told).toEqual([expect.stringMatching(/may not request changes/)]);

        const reason = { reason: { reason_input: { type: 'plain_text_input', value: 'no' } } };
        const rejected = await app.driver.submitView({ user: MALLORY, callbackId: 'reject_reason', privateMetadata: String(pending.request.id), values: reason });
        expect(JSON.stringify(rejected.body)).toMatch(/may not reject changes/);

        const options = await app.driver.blockSuggestion({ user: MALLORY, actionId: 'route_target_select', value: 'Main' });
        expect(options.body).toEqual({ options: [] });
        expect(await snapshot()).toEqual(before);
      } finally {
        await app.close();
      }
    });

    it('shows an outsider no call handling on App Home, even after a change refreshes it', async () => {
      const app = await start(database());
      try {
        await app.driver.openHome(MALLORY);
        await appliedRequest(app, 'route to voicemail on Dec 25');
        const published = fake().calls('views.publish').filter((call) => call.args.user_id === MALLORY);
        expect(published.length).toBeGreaterThanOrEqual(2);
        for (const call of published) {
          const view = JSON.stringify(call.args.view);
          expect(view).toMatch(/may not read/);
          for (const word of [...COMPANY_WORDS, 'Dec 25']) expect(view).not.toContain(word);
        }
      } finally {
        await app.close();
      }
    });

    it('does not take a Slack username that spells a policy member\'s id for that member', async () => {
      const app = await start(database());
      try {
        const pending = await pendingRequest(app, 'route to voicemail on Dec 25');
        const before = await snapshot();
        // Eve chose the username "u0carol"; Carol (U0CAROL) is an approver.
        fake().addUser({ id: 'U0EVE', name: CAROL.toLowerCase(), real_name: 'eve', tz: 'America/New_York' });
        await app.driver.clickButton({ user: 'U0EVE', actionId: 'approve_request', message: { channel: APPROVAL_CHANNEL, ts: pending.ts } });
        expect(notesTo('U0EVE')).toEqual([expect.stringMatching(/may not approve changes/)]);
        const status = await app.driver.slashCommand({ user: 'U0EVE', text: 'status' });
        expect(fake().responseMessages(status.responseUrlId!).at(-1)?.text).toMatch(/may not read/);
        expect(await snapshot()).toEqual(before);
      } finally {
        await app.close();
      }
    });

    it('refuses tampered button values with a clear note, and changes nothing', async () => {
      const app = await start(database());
      try {
        const alices = await pendingRequest(app, 'route to voicemail on Dec 25');
        const bobs = await pendingRequest(app, 'route to voicemail on Dec 26', BOB);
        const decided = await pendingRequest(app, 'route to voicemail on Dec 27');
        expect((await app.slackApp.context.workflow.reject(decided.request.id, { id: CAROL }, 'no')).code).toBe('rejected');
        const before = await snapshot();
        const message = { channel: APPROVAL_CHANNEL, ts: alices.ts };

        // Bob edits the value on Alice's message to approve his own request.
        await app.driver.clickButton({ user: BOB, actionId: 'approve_request', value: String(bobs.request.id), message });
        expect(notesTo(BOB)).toEqual([expect.stringMatching(/someone else has to approve/)]);
        // Values naming a person, or not a request number at all; "0x1", "1e0" and " 1" are not request 1.
        const garbage = [
          ALICE, JSON.stringify({ requestId: alices.request.id, user: BOB }), '', 'abc', '-1', '0', '1.5', '0x1', '1e0', ' 1', '1 ',
          '99999999999999999999', "1; DROP TABLE change_requests; --", '<!channel>', 'x'.repeat(2_000),
        ];
        for (const value of garbage) {
          await app.driver.clickButton({ user: CAROL, actionId: 'approve_request', value, message });
          await app.driver.clickButton({ user: ALICE, actionId: 'undo_request', value, message: { channel: APPROVAL_CHANNEL, ts: alices.ts } });
        }
        expect(notesTo(CAROL)).toEqual(garbage.map(() => expect.stringMatching(/^:warning: There is no request 0;/)));
        expect(notesTo(ALICE)).toEqual(garbage.map(() => expect.stringMatching(/^:warning: There is no request 0;/)));
        const reason = { reason: { reason_input: { type: 'plain_text_input', value: 'no' } } };
        const badReject = await app.driver.submitView({ user: CAROL, callbackId: 'reject_reason', privateMetadata: '0x1', values: reason });
        expect(JSON.stringify(badReject.body)).toMatch(/There is no request 0/);
        // A request already decided stays decided.
        await app.driver.clickButton({ user: CAROL, actionId: 'approve_request', value: String(decided.request.id), message: { channel: APPROVAL_CHANNEL, ts: decided.ts } });
        expect(notesTo(CAROL).at(-1)).toMatch(/rejected/);
        expect(await snapshot()).toEqual(before);
      } finally {
        await app.close();
      }
    });

    it('logs a whole story at trace level without a token or a secret', async () => {
      const lines: string[] = [];
      const logger = createLogger({
        level: 'trace',
        destination: new Writable({
          write(chunk: Buffer, _encoding, done) {
            lines.push(chunk.toString('utf8'));
            done();
          },
        }),
      });
      const credentials = { clientId: 'switchboard-client-id-5b1e', clientSecret: 'rc-client-secret-Qm81Zx4Lw9', jwt: 'eyJhbGciOiJSUzI1NiJ9.c3dpdGNoYm9hcmQtdGVzdA.sig-Jw7Kp2Vn' };
      // Every token RingCentral hands out passes through the token store.
      const issued: string[] = [];
      const memory = createMemoryTokenStore();
      const tokenStore: TokenStore = {
        load: () => memory.load(),
        save: async (data) => {
          for (const token of [data?.access_token, data?.refresh_token]) if (token) issued.push(token);
          await memory.save(data);
        },
      };
      const app = await start(database(), undefined, undefined, {
        logger,
        gateway: () =>
          createRingCentralGateway({ serverUrl: harness.emulator().url, ...credentials, tokenStore, logger, sleep: async () => {}, retry: { attempts: 2, baseDelayMs: 1 } }),
      });
      try {
        const stateBefore = await harness.emulatorState();
        const typed = await app.driver.slashCommand({ user: ALICE, text: 'route to voicemail on Dec 25' });
        const preview = fake().responseMessages(typed.responseUrlId!).at(-1)!;
        await app.driver.clickButton({ user: ALICE, actionId: 'request_approval', container: { kind: 'ephemeral', blocks: preview.blocks } });
        // A Slack error: the approval message waits in the outbox and goes out at the next try.
        fake().injectFault({ method: 'chat.postMessage', error: 'fatal_error', times: 1 });
        await app.slackApp.delivery.deliverDue();
        app.advance(60_000);
        await app.slackApp.delivery.deliverDue();
        const approval = fake().messages(APPROVAL_CHANNEL).at(-1)!;

        // RingCentral expires the access token: the gateway refreshes and goes on.
        await harness.setFaults([{ expireAccessTokens: true, times: 1 }]);
        fake().injectFault({ method: 'chat.postEphemeral', status: 500, times: 2 });
        await app.driver.clickButton({ user: BOB, actionId: 'approve_request', message: { channel: APPROVAL_CHANNEL, ts: approval.ts } });
        await app.slackApp.delivery.deliverDue();
        expect((await harness.readHandling()).customRules.some((rule) => rule.name === 'Dec 25, 2026')).toBe(true);

        const audit = fake().messages(AUDIT_CHANNEL).at(-1)!;
        await app.driver.clickButton({ user: ALICE, actionId: 'undo_request', message: { channel: AUDIT_CHANNEL, ts: audit.ts } });
        await app.slackApp.delivery.deliverDue();
        await app.driver.clickButton({ user: CAROL, actionId: 'approve_request', message: { channel: APPROVAL_CHANNEL, ts: fake().messages(APPROVAL_CHANNEL).at(-1)!.ts } });
        await app.slackApp.delivery.deliverDue();
        expect(await harness.emulatorState()).toEqual(stateBefore);

        // RingCentral fails a read: the command says so, and the error is logged.
        await harness.setFaults([{ path: '/answering-rule', status: 503, times: 10 }]);
        const failed = await app.driver.slashCommand({ user: ALICE, text: 'status' });
        expect(fake().responseMessages(failed.responseUrlId!).at(-1)?.text).toMatch(/^Sorry, that failed/);
        await harness.setFaults([]);
      } finally {
        await app.close();
      }

      const log = lines.join('');
      // The story was logged in detail: RingCentral requests, the refresh, the Slack failures.
      expect(log).toMatch(/"RingCentral request"/);
      expect(log).toMatch(/could not deliver a message to Slack/);
      expect(log).toMatch(/the \/ivr command failed/);
      // A login and at least one refresh, each with an access and a refresh token.
      expect(issued.length).toBeGreaterThanOrEqual(4);
      for (const secret of [BOT_TOKEN, SIGNING_SECRET, credentials.clientSecret, credentials.jwt, ...issued]) {
        expect(log.includes(secret), `the log holds ${secret.slice(0, 12)}…`).toBe(false);
      }
      expect(log).not.toMatch(/emu-(?:at|rt)-/);
    });
  },
  { freshForEachTest: true },
);
