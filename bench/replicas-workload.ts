/**
 * The replicas benchmark's workload: people typing `/ivr` questions and previews while changes go
 * through the whole approval flow (preview, Request approval, a teammate's Approve in the approval
 * channel), every request signed as Slack signs it and sent to the replicas in turn. Each command
 * is recorded with its ack and how its answer can be counted afterwards.
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FakeSlack, RecordedCall } from '../test/support/fake-slack/index.ts';
import type { InteractionResponse, SlackDriver } from '../test/support/slack-driver.ts';

export const REQUESTER = 'U0ALICE';
/** One approver per lane of changes: an approver's notes then answer that lane's clicks, one after the other. */
export const APPROVERS = ['U0BOB', 'U0CAROL'] as const;
export const APPROVAL_CHANNEL = 'C0APPROVALS';
export const AUDIT_CHANNEL = 'C0AUDITLOG';

const POLL_MS = 5;
const WAIT_NOTICE = /^Waiting for RingCentral's rate limit/;
/** An answer that says RingCentral could not be read or refused (the rate limit, after the gateway's retries). */
const RINGCENTRAL_FAILURE = /Sorry, that failed|Could not read RingCentral|RingCentral refused/;

/** Questions and previews, in turn: every one reads the call handling (shared by each replica's read cache). */
const QUESTIONS: ReadonlyArray<{ readonly user: string; readonly text: string }> = [
  { user: APPROVERS[0], text: 'status' },
  { user: REQUESTER, text: 'test Dec 24 10am' },
  { user: REQUESTER, text: 'route to voicemail on Dec 25' },
  { user: APPROVERS[1], text: 'test Dec 24 9pm from +1 415 555 0100' },
  { user: REQUESTER, text: 'rules' },
  { user: APPROVERS[0], text: 'requests' },
  { user: REQUESTER, text: 'history 5' },
];

/**
 * Changes made one after the other on parts of the call handling no other lane touches, each time
 * to the next value of a cycle. A replica's read cache may be a change or two behind (another
 * replica applied it): the preview is then planned on it and the Request click re-plans it
 * (`draft-changed`), as it would for a person.
 */
export const CHANGE_LANES: ReadonlyArray<ReadonlyArray<string>> = [
  ['route after hours to greeting', 'route after hours to Support Queue', 'route after hours to Sales Queue', 'route after hours to voicemail'],
  ['ring Support Queue in order', 'ring Support Queue longest idle', 'ring Support Queue all at once'],
];

/** Epoch milliseconds with sub-millisecond precision, shared with the fake Slack. */
export const clock = (): number => performance.timeOrigin + performance.now();

/** One request sent to a replica: what it was, its ack, and how to count its answers afterwards. */
export interface SentCommand {
  readonly kind: 'question' | 'preview' | 'request' | 'approve';
  readonly text: string;
  readonly sentAt: number;
  readonly ackMs: number;
  readonly status: number;
  /** When its answer arrived. */
  readonly answeredAt: number;
  /** Answers it got, wait notices left out: exactly one is right. */
  readonly answers: () => number;
  /** Whether it was told to wait for RingCentral's rate limit. */
  readonly toldToWait: () => boolean;
  /** Whether its answer was that RingCentral could not be read (nothing changed). */
  readonly failed: boolean;
}

/** A change that went through the approval flow, the click that approved it, and whether the approver was told it applied. */
export interface ApprovedChange {
  readonly text: string;
  readonly requestId: number;
  readonly approveTriggerId: string;
  readonly applied: boolean;
}

/** What one run of the workload sent and which changes it had approved. */
export interface WorkloadRun {
  readonly commands: ReadonlyArray<SentCommand>;
  readonly changes: ReadonlyArray<ApprovedChange>;
  /** First request sent and last answer received, epoch ms. */
  readonly startedAt: number;
  readonly endedAt: number;
}

/** One driver that sends each request to the next replica in turn. */
export function spreadAcross(drivers: ReadonlyArray<SlackDriver>): SlackDriver {
  let turn = 0;
  const next = (): SlackDriver => drivers[turn++ % drivers.length]!;
  return {
    slashCommand: (input) => next().slashCommand(input),
    clickButton: (input) => next().clickButton(input),
    submitView: (input) => next().submitView(input),
    openHome: (user, options) => next().openHome(user, options),
    blockSuggestion: (input) => next().blockSuggestion(input),
    postRaw: (input) => next().postRaw(input),
  };
}

/**
 * Sends `questions` questions and previews from `concurrency` people at once while each lane makes
 * `changesPerLane` changes; resolves once every command is answered. Throws when one is not
 * answered in time or is answered otherwise than the flow expects.
 */
export async function runWorkload(
  driver: SlackDriver,
  fake: FakeSlack,
  sizes: {
    readonly questions: number;
    readonly changesPerLane: number;
    readonly concurrency: number;
    /** How long a command may go unanswered before the run counts it as lost. */
    readonly answerTimeoutMs: number;
  },
): Promise<WorkloadRun> {
  const session: Session = { driver, fake, answerTimeoutMs: sizes.answerTimeoutMs };
  const commands: SentCommand[] = [];
  const changes: ApprovedChange[] = [];
  const startedAt = clock();
  let asked = 0;
  const person = async (): Promise<void> => {
    while (asked < sizes.questions) {
      const question = QUESTIONS[asked % QUESTIONS.length]!;
      asked += 1;
      commands.push((await slashCommand(session, question.user, question.text, question.text.startsWith('route') ? 'preview' : 'question')).command);
    }
  };
  // A lane goes on to its next change once one applied, and tries again when RingCentral failed it.
  const lane = async (texts: ReadonlyArray<string>, laneIndex: number): Promise<void> => {
    const approver = answersOf(session, APPROVERS[laneIndex]!);
    let applied = 0;
    for (let attempt = 0, index = 0; applied < sizes.changesPerLane && attempt < MAX_ATTEMPTS_PER_CHANGE * sizes.changesPerLane; attempt += 1) {
      const outcome = await makeChange(session, texts[index % texts.length]!, approver, commands);
      if (outcome === 'failed') continue;
      index += 1;
      if (outcome === 'nothing-to-change') continue;
      changes.push(outcome);
      if (outcome.applied) applied += 1;
    }
  };
  await Promise.all([...Array.from({ length: sizes.concurrency }, person), ...CHANGE_LANES.map(lane)]);
  return { commands, changes, startedAt, endedAt: Math.max(...commands.map((command) => command.answeredAt)) };
}

/** A lane gives a change up after this many tries (RingCentral failing it each time). */
const MAX_ATTEMPTS_PER_CHANGE = 4;

/** Where requests go, where answers arrive, and how long an answer may take. */
interface Session {
  readonly driver: SlackDriver;
  readonly fake: FakeSlack;
  readonly answerTimeoutMs: number;
}

/**
 * Preview, Request approval (again while the preview was planned on a stale read), then the lane's
 * approver clicks Approve in the approval channel. `nothing-to-change` when the preview found the
 * change made already (the replica's read was a whole cycle of the lane behind); `failed` when
 * RingCentral could not be read for the preview or the request, so nothing was asked for.
 */
async function makeChange(session: Session, text: string, approver: ApproverNotes, commands: SentCommand[]): Promise<ApprovedChange | 'nothing-to-change' | 'failed'> {
  const { driver, fake } = session;
  const preview = await slashCommand(session, REQUESTER, text, 'preview');
  commands.push(preview.command);
  if (preview.command.failed) return 'failed';
  if (/already like that/.test(preview.text)) return 'nothing-to-change';
  let { blocks, text: answerText } = preview;
  let requestId: number | undefined;
  // A preview planned on a read a change behind is planned again at the click, once per change it missed.
  for (let attempt = 0; requestId === undefined; attempt += 1) {
    if (attempt === 3 || !JSON.stringify(blocks ?? []).includes('"request_approval"')) {
      throw new Error(`"${text}" did not lead to a request: ${answerText.slice(0, 200)}`);
    }
    const click = await send(() => driver.clickButton({ user: REQUESTER, actionId: 'request_approval', container: { kind: 'ephemeral', blocks } }));
    const answer = await waitForResponse(session, click.answer.responseUrlId!, `the Request click on "${text}"`);
    const command = recordCommand('request', text, click, answer, fake, click.answer.responseUrlId!);
    commands.push(command);
    if (command.failed) return 'failed';
    answerText = String(answer.body.text ?? '');
    requestId = Number(/request (\d+) pending/i.exec(answerText)?.[1]) || undefined;
    blocks = answer.body.blocks as ReadonlyArray<unknown> | undefined;
  }
  const pattern = new RegExp(`\\brequest ${requestId}\\b`, 'i');
  const approval = await poll(session, () => fake.messages(APPROVAL_CHANNEL).find((message) => pattern.test(message.text)), `the approval message of request ${requestId}`);
  const click = await send(() => driver.clickButton({ user: approver.user, actionId: 'approve_request', message: { channel: APPROVAL_CHANNEL, ts: approval.ts } }));
  const answers = approver.clicked(click.sentAt);
  const note = await poll(session, () => answers()[0], `the answer to the approval of request ${requestId}`, () =>
    `; the approver was told: ${JSON.stringify(fake.calls('chat.postEphemeral').filter((call) => call.args.user === approver.user).slice(-3).map((call) => call.args.text))}`,
  );
  const noteText = String(note.args.text);
  const applied = /applied/i.test(noteText);
  if (!applied && !RINGCENTRAL_FAILURE.test(noteText)) throw new Error(`request ${requestId} ("${text}") was neither applied nor failed by RingCentral: ${noteText}`);
  commands.push({
    kind: 'approve',
    text,
    sentAt: click.sentAt,
    ackMs: click.ackedAt - click.sentAt,
    status: click.answer.status,
    answeredAt: note.at,
    answers: () => answers().length,
    toldToWait: () => fake.responses(click.answer.responseUrlId!).some((post) => WAIT_NOTICE.test(String(post.body.text ?? ''))),
    failed: !applied,
  });
  return { text, requestId: requestId!, approveTriggerId: click.answer.triggerId, applied };
}

/** The notes one approver gets in the approval channel, split by click: each click's are those that came before the next click. */
interface ApproverNotes {
  readonly user: string;
  /** Records a click sent at `sentAt`; returns how to read the notes that answer it. */
  clicked(sentAt: number): () => ReadonlyArray<RecordedCall>;
}

function answersOf(session: Session, user: string): ApproverNotes {
  // A failed apply is told without the request's number, so notes are told apart by when they came.
  let previous: { until: number } | undefined;
  return {
    user,
    clicked(sentAt) {
      if (previous !== undefined) previous.until = sentAt;
      const window = { from: sentAt, until: Number.POSITIVE_INFINITY };
      previous = window;
      return () => session.fake.calls('chat.postEphemeral').filter((call) => call.args.user === user && call.at >= window.from && call.at < window.until);
    },
  };
}

/** `/ivr <text>` and its answer: the command, and the answer's text and blocks. */
async function slashCommand(
  session: Session,
  user: string,
  text: string,
  kind: 'question' | 'preview',
): Promise<{ readonly command: SentCommand; readonly text: string; readonly blocks: ReadonlyArray<unknown> | undefined }> {
  const sent = await send(() => session.driver.slashCommand({ user, text }));
  const id = sent.answer.responseUrlId!;
  const answer = await waitForResponse(session, id, `"/ivr ${text}"`);
  return { command: recordCommand(kind, text, sent, answer, session.fake, id), text: String(answer.body.text ?? ''), blocks: answer.body.blocks as ReadonlyArray<unknown> | undefined };
}

async function send(request: () => Promise<InteractionResponse>): Promise<{ readonly answer: InteractionResponse; readonly sentAt: number; readonly ackedAt: number }> {
  const sentAt = clock();
  const answer = await request();
  const ackedAt = clock();
  if (answer.status !== 200) throw new Error(`a signed request was answered HTTP ${answer.status}`);
  return { answer, sentAt, ackedAt };
}

function recordCommand(
  kind: SentCommand['kind'],
  text: string,
  sent: { readonly answer: InteractionResponse; readonly sentAt: number; readonly ackedAt: number },
  answer: { readonly body: Readonly<Record<string, unknown>>; readonly at: number },
  fake: FakeSlack,
  responseUrlId: string,
): SentCommand {
  const posts = () => fake.responses(responseUrlId);
  return {
    kind,
    text,
    sentAt: sent.sentAt,
    ackMs: sent.ackedAt - sent.sentAt,
    status: sent.answer.status,
    answeredAt: answer.at,
    failed: RINGCENTRAL_FAILURE.test(String(answer.body.text ?? '')),
    answers: () => posts().filter((post) => !WAIT_NOTICE.test(String(post.body.text ?? ''))).length,
    toldToWait: () => posts().some((post) => WAIT_NOTICE.test(String(post.body.text ?? ''))),
  };
}

/** The first post to a response_url that is not a wait notice. */
function waitForResponse(session: Session, id: string, what: string): Promise<{ readonly body: Readonly<Record<string, unknown>>; readonly at: number }> {
  return poll(session, () => session.fake.responses(id).find((post) => !WAIT_NOTICE.test(String(post.body.text ?? ''))), `an answer to ${what}`);
}

/** What `look` finds, as soon as it finds it; throws, with what `explain` adds, when that takes too long. */
async function poll<T>(session: Session, look: () => T | undefined, what: string, explain: () => string = () => ''): Promise<T> {
  const deadline = Date.now() + session.answerTimeoutMs;
  for (;;) {
    const found = look();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`no ${what} within ${session.answerTimeoutMs / 1000} s${explain()}`);
    await sleep(POLL_MS);
  }
}
