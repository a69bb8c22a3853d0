/**
 * Fuzzing the two places untrusted text comes in: the language (every text a user could type)
 * and the Slack `/ivr` handler (the same texts, signed and POSTed to the real Bolt HTTP app).
 *
 * Sizes: 100,000 texts through `parseCommand`; FUZZ_SLACK_COUNT (default 3,000) through Slack,
 * after every example of the command reference, and a sixth of that as the values of the
 * Approve, Edit and Request approval buttons. FUZZ_SEED replays another sample; a failure
 * prints the seed and the smallest failing text fast-check found.
 *
 * The Slack part runs on SQLite only: a command only reads the store (no preview stores
 * anything), so a PostgreSQL run would double the time and test no more of the store. Its app
 * reads RingCentral once (see read-once-gateway.ts): the commands change nothing, and a real read
 * per command would spend the time budget in the emulator.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallHandling } from '../../src/callflow/index.ts';
import {
  COMMAND_REFERENCE,
  intentSchema,
  parseCommand,
  REFUSAL_CODES,
  refusalMessage,
  type CommandContext,
} from '../../src/language/index.ts';
import { company, customRule, onDates, allDayOn } from '../fixtures/call-handling.ts';
import { checkMessage } from '../support/fake-slack/block-kit-guard.ts';
import { ALICE, APPROVAL_CHANNEL, BOB, CAROL, MALLORY, useSlackAppHarness, type RunningSlackApp } from '../support/slack-app-harness.ts';
import { adversarialCommand, sampleAdversarialCommands } from './support/adversarial-commands.ts';
import { createReadOnceGateway } from './support/read-once-gateway.ts';
import { useSqliteDatabase } from './support/use-sqlite-database.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_125);
const PARSE_COUNT = 100_000;
/** How many adversarial texts go through Slack; a few thousand keep the file under a minute on a busy 2-core box. */
const SLACK_COUNT = Number(process.env.FUZZ_SLACK_COUNT ?? 3_000);
/** Adversarial values clicked on each of three buttons. */
const BUTTON_COUNT = Math.ceil(SLACK_COUNT / 6);
/** Adversarial commands previewed in Slack and requested from the preview's own Request approval button. */
const PREVIEWED_COUNT = Math.ceil(BUTTON_COUNT / 5);
/** Commands in flight at once, as Slack sends them when several people type. */
const SLACK_CONCURRENCY = 6;

// Line breaks of every kind: a refusal is shown as one line in the console, the CLI and Slack.
const LINE_BREAK = /[\n\r\u000B\u000C\u0085\u2028\u2029]/;
const REFUSAL_CODE_SET: ReadonlySet<string> = new Set(REFUSAL_CODES);

/** What is wrong with a parse result, or undefined when it is an intent the schema accepts or a one-line refusal. */
function findParseProblem(text: string, context: CommandContext): string | undefined {
  const result = parseCommand(text, context);
  if (result.ok) {
    const checked = intentSchema.safeParse(result.intent);
    return checked.success ? undefined : `the intent breaks its schema: ${checked.error.issues[0]?.message} at ${JSON.stringify(checked.error.issues[0]?.path)}`;
  }
  if (!REFUSAL_CODE_SET.has(result.code)) return `unknown refusal code ${String(result.code)}`;
  const message = refusalMessage(result.code, result.text, result.candidates);
  if (message.trim() === '') return `an empty message for ${result.code}`;
  if (LINE_BREAK.test(message)) return `a message of several lines for ${result.code}: ${JSON.stringify(message)}`;
  return undefined;
}

describe('parseCommand under fuzz', () => {
  // The fixture company, with rules to find and miss by name.
  const handling: CallHandling = company({
    customRules: [
      customRule({ id: 'r1', name: 'Lunch' }),
      customRule({ id: 'r2', name: 'Dec 25, 2026', schedule: onDates(allDayOn('2026-12-25')) }),
      customRule({ id: 'r3', name: '<!channel> ; DROP' }),
    ],
  });
  const context: CommandContext = { ...handling, now: DateTime.fromISO('2026-11-25T12:00', { zone: handling.timeZone }) };

  it('reads 100,000 adversarial texts into a valid intent or a one-line refusal, and never throws', () => {
    fc.assert(
      fc.property(adversarialCommand, (text) => {
        const problem = findParseProblem(text, context);
        if (problem !== undefined) throw new Error(problem);
      }),
      { numRuns: PARSE_COUNT, seed: SEED },
    );
  }, 300_000);

  it('reads 10,000 French commands with adversarial text spliced in, and never throws', () => {
    // The French layer rewrites a command before the grammar reads it: cut anywhere, it must still
    // give a valid intent or a one-line refusal.
    const seeds = [
      'envoyer vers la messagerie le 25 déc.',
      "envoyer vers l'accueil du 24 déc. 17 h au 26 déc. 9 h nommée \"Noël\"",
      'heures lun.-ven. 9 h-17 h, sam. 10 h-14 h',
      "fermer jusqu'à 15 h vers la messagerie",
      'fériés CA-QC 2027',
      'règle "Lunch" désactivée',
      'tester demain 10 h de +1 415 555 0100',
      'refuser 12 parce que mauvais jour',
      "envoyer vers Alice, Bob et Chloé dans l'ordre les jours de semaine de 12 h à 13 h quand le +1 514 appelle",
    ];
    const spliced = fc.tuple(fc.constantFrom(...seeds), fc.nat(), adversarialCommand).map(([seed, at, inserted]) => {
      const cut = at % (seed.length + 1);
      return `${seed.slice(0, cut)}${inserted}${seed.slice(cut)}`;
    });
    fc.assert(
      fc.property(spliced, (text) => {
        const problem = findParseProblem(text, context);
        if (problem !== undefined) throw new Error(problem);
      }),
      { numRuns: 10_000, seed: SEED },
    );
  }, 120_000);

  it('does not read inherited object keys as words of the grammar', () => {
    for (const text of ['constructor 12', 'hours Mon-Fri 9 constructor - 5 constructor', 'close for a constructor', 'close for constructor hours']) {
      expect(parseCommand(text, context).ok, text).toBe(false);
    }
  });

  it('refuses a length of time too long to add to a date', () => {
    expect(parseCommand(`close for ${'9'.repeat(400)} hours`, context)).toMatchObject({ ok: false, code: 'duration-unreadable' });
  });

  it('refuses a day whose end does not fit a four-digit year', () => {
    expect(parseCommand('route to voicemail on 9999-12-31', context)).toMatchObject({ ok: false, code: 'date-unreadable' });
  });
});

/** The text Bolt hands the listener: the form round trip (lone surrogates become U+FFFD), trimmed as the listener does. */
function textAsReceived(text: string): string {
  return (new URLSearchParams({ text }).get('text') ?? '').trim();
}

const EDIT = /^edit(?:\s+([\s\S]*))?$/i;
// Alice asks; Bob asks and approves; Carol only approves; Mallory is outside the policy.
const USERS = [ALICE, ALICE, ALICE, BOB, CAROL, MALLORY] as const;

describe('the Slack app under fuzz', () => {
  const { harness, fake, start } = useSlackAppHarness();
  const database = useSqliteDatabase();
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown): void => {
    unhandled.push(reason);
  };
  beforeAll(() => {
    process.on('unhandledRejection', onUnhandled);
  });
  afterAll(() => {
    process.off('unhandledRejection', onUnhandled);
  });

  /** What is wrong with the app's answer to one command, or undefined when it is a clear answer. */
  async function findAnswerProblem(app: RunningSlackApp, user: string, text: string, context: CommandContext): Promise<string | undefined> {
    const sent = await app.driver.slashCommand({ user, text });
    if (sent.status !== 200 || sent.body !== '') return `acknowledged with HTTP ${sent.status} ${JSON.stringify(sent.body)}`;
    const received = textAsReceived(text);
    const posts = fake().responses(sent.responseUrlId!);
    if (EDIT.test(received) && (user === ALICE || user === BOB)) {
      // A requester's `edit …` opens a form instead of answering.
      const opened = fake().calls('views.open').find((call) => call.args.trigger_id === sent.triggerId);
      if (opened === undefined) return 'an edit command opened no form';
      return posts.length === 0 ? undefined : `an edit command also answered ${JSON.stringify(posts)}`;
    }
    if (posts.length !== 1) return `${posts.length} answers instead of one`;
    const body = posts[0]!.body;
    const refused = checkMessage(body);
    if (refused !== undefined) return `Slack would refuse the answer: ${JSON.stringify(refused)}`;
    if (body.response_type !== 'ephemeral') return `a ${String(body.response_type)} answer, shown to the channel`;
    const answer = typeof body.text === 'string' ? body.text : '';
    if (answer.trim() === '') return 'an answer without text';
    if (/^Sorry, that failed/.test(answer)) return `a failure: ${answer}`;
    if (received === '' || received.toLowerCase() === 'help' || EDIT.test(received)) return undefined;
    if (user === MALLORY) return /may not read/.test(answer) ? undefined : `an outsider was answered ${JSON.stringify(answer)}`;
    const parsed = parseCommand(received, context);
    if (!parsed.ok) {
      const expected = refusalMessage(parsed.code, parsed.text, parsed.candidates);
      return answer === expected ? undefined : `refused with ${JSON.stringify(answer)} instead of ${JSON.stringify(expected)}`;
    }
    return undefined;
  }

  it(`answers every command of the reference and ${SLACK_COUNT} adversarial ones with one clear, valid, private answer`, async () => {
    const app = await start(database(), undefined, undefined, { gateway: createReadOnceGateway });
    // The conversation the commands are typed in, with the bot in it: `week` posts its picture there.
    fake().addChannel({ id: 'C0FAKEGNRL', name: 'general', isMember: true });
    try {
      const stateBefore = await harness.emulatorState();
      const handling = await harness.readHandling();
      const context: CommandContext = { ...handling, now: DateTime.fromJSDate(app.slackApp.context.now()).setZone(handling.timeZone) };
      const texts = [...COMMAND_REFERENCE.map((entry) => entry.example), ...sampleAdversarialCommands(SLACK_COUNT, SEED + 1)];
      const problems: Array<{ user: string; text: string; problem: string }> = [];
      let next = 0;
      const worker = async (): Promise<void> => {
        for (let index = next++; index < texts.length; index = next++) {
          const user = USERS[index % USERS.length]!;
          const text = texts[index]!;
          const problem = await findAnswerProblem(app, user, text, context);
          if (problem !== undefined) problems.push({ user, text: text.slice(0, 300), problem });
        }
      };
      await Promise.all(Array.from({ length: SLACK_CONCURRENCY }, worker));

      expect(problems.slice(0, 10)).toEqual([]);
      // Every Web API call the app made (forms opened and updated) was one Slack accepts.
      expect(fake().calls().filter((call) => call.response?.ok !== true).map((call) => ({ method: call.method, response: call.response }))).toEqual([]);
      expect(unhandled).toEqual([]);
      // Commands only preview: nothing was asked for, nothing changed.
      expect(await database().stores.requests.list({ limit: 1 })).toEqual([]);
      expect(await harness.emulatorState()).toEqual(stateBefore);
    } finally {
      await app.close();
    }
  }, 600_000);

  it(`answers ${BUTTON_COUNT} adversarial button values on Approve, Edit and Request approval, and applies nothing`, async () => {
    const app = await start(database(), undefined, undefined, { gateway: createReadOnceGateway });
    try {
      const stateBefore = await harness.emulatorState();
      const values = sampleAdversarialCommands(BUTTON_COUNT, SEED + 2);
      const problems: Array<{ action: string; value: string; problem: string }> = [];
      // Approvals first, while no request exists: a value that happens to be a number approves nothing.
      for (const action of ['approve_request', 'edit_request', 'request_approval'] as const) {
        let next = 0;
        const worker = async (): Promise<void> => {
          for (let index = next++; index < values.length; index = next++) {
            const value = values[index]!;
            const problem = await findClickProblem(app, action, value);
            if (problem !== undefined) problems.push({ action, value: value.slice(0, 300), problem });
          }
        };
        await Promise.all(Array.from({ length: SLACK_CONCURRENCY }, worker));
        if (action === 'approve_request') {
          // No request exists yet, whatever the value names: each click is told so, once.
          const notes = fake().ephemerals().filter((note) => note.user === CAROL).map((note) => note.text ?? '');
          expect(notes.filter((note) => !/^:warning: There is no request \d+;/.test(note))).toEqual([]);
          expect(notes).toHaveLength(values.length);
        }
      }
      // Request approval carries a draft id: none of these values is one, so nothing was asked for.
      expect(await database().stores.requests.list({ limit: 1 })).toEqual([]);
      // The values that are real changes, previewed and requested from the preview's own button, so
      // approval messages are built from adversarial text too.
      for (const value of values.slice(0, PREVIEWED_COUNT)) {
        const typed = await app.driver.slashCommand({ user: ALICE, text: value });
        const preview = fake().responseMessages(typed.responseUrlId!).at(-1);
        if (!JSON.stringify(preview?.blocks ?? []).includes('"action_id":"request_approval"')) continue;
        const problem = await findClickProblem(app, 'request_approval', undefined, preview!.blocks);
        if (problem !== undefined) problems.push({ action: 'request_approval (previewed)', value: value.slice(0, 300), problem });
      }
      // The requests the valid values asked for are posted for approval, each in a message Slack accepts.
      const outbox = app.slackApp.context.stores.outbox;
      const due = () => outbox.due(app.slackApp.context.now().toISOString(), 1);
      for (let pass = 0; pass < 1_000 && (await due()).length > 0; pass += 1) await app.slackApp.delivery.deliverDue();
      expect(await due()).toEqual([]);

      expect(problems.slice(0, 10)).toEqual([]);
      expect(fake().calls().filter((call) => call.response?.ok !== true).map((call) => ({ method: call.method, response: call.response }))).toEqual([]);
      expect(unhandled).toEqual([]);
      const stored = await database().stores.requests.list({ limit: 10_000 });
      // Some values were real changes, so approval messages were built from adversarial text too.
      expect(stored.length).toBeGreaterThan(0);
      expect(stored.filter((request) => request.status !== 'pending' || request.requester !== ALICE)).toEqual([]);
      expect(await harness.emulatorState()).toEqual(stateBefore);
    } finally {
      await app.close();
    }
  }, 600_000);

  /** What is wrong with the app's handling of one click, or undefined when the clicker got one clear answer. */
  async function findClickProblem(
    app: RunningSlackApp,
    action: 'approve_request' | 'edit_request' | 'request_approval',
    value: string | undefined,
    previewBlocks?: ReadonlyArray<unknown>,
  ): Promise<string | undefined> {
    const user = action === 'approve_request' ? CAROL : ALICE;
    // Approve buttons sit in the approval channel (where the bot may post notes); the others on a preview.
    const container = action === 'approve_request' ? { container: { kind: 'ephemeral' as const, channel: APPROVAL_CHANNEL } } : previewBlocks === undefined ? {} : { container: { kind: 'ephemeral' as const, blocks: previewBlocks } };
    const clicked = await app.driver.clickButton({ user, actionId: action, ...(value === undefined ? {} : { value }), ...container });
    if (clicked.status !== 200 || clicked.body !== '') return `acknowledged with HTTP ${clicked.status} ${JSON.stringify(clicked.body)}`;
    const posts = fake().responses(clicked.responseUrlId!);
    for (const post of posts) {
      const refused = checkMessage(post.body);
      if (refused !== undefined) return `Slack would refuse the answer: ${JSON.stringify(refused)}`;
    }
    const texts = posts.map((post) => (typeof post.body.text === 'string' ? post.body.text : ''));
    // Approve answers with an ephemeral note, counted once all clicks are in (they run at once).
    if (action === 'approve_request') return undefined;
    if (action === 'edit_request' && fake().calls('views.open').some((call) => call.args.trigger_id === clicked.triggerId)) return undefined;
    if (texts.length !== 1 || texts[0]!.trim() === '') return `${texts.length} answers: ${JSON.stringify(texts)}`;
    if (/^Sorry, that failed/.test(texts[0]!)) return `a failure: ${texts[0]}`;
    return undefined;
  }
});
