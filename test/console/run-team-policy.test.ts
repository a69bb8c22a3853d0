import { beforeEach, describe, expect, it } from 'vitest';
import { runCli, type CliOutcome } from '../support/run-cli.ts';
import { useCliEmulator } from '../support/use-cli-emulator.ts';

/**
 * `switchboard run` under a team policy (the variables of DESIGN.md contract 2): requests wait for
 * an approver, approvals apply them, and every refusal is one line on stderr with exit code 1.
 * The database is the default SQLite file in the emulator's temporary SWITCHBOARD_DATA_DIR.
 */
const emulator = useCliEmulator('team-policy');

const POLICY = { SWITCHBOARD_REQUESTERS: 'alice', SWITCHBOARD_APPROVERS: 'bob,carol' };

async function run(as: string, command: string, extra: Record<string, string> = {}): Promise<CliOutcome> {
  return runCli(['run', '--now', '2026-11-25T12:00', '--as', as, command], { ...emulator.env(), ...POLICY, ...extra });
}

/** As `run`, with --yes: approve, undo and replan only preview without it. */
async function runYes(as: string, command: string, extra: Record<string, string> = {}): Promise<CliOutcome> {
  return runCli(['run', '--now', '2026-11-25T12:00', '--yes', '--as', as, command], { ...emulator.env(), ...POLICY, ...extra });
}

/** The id in `request <id> pending`, which must be a line of its own. */
function pendingId(outcome: CliOutcome): number {
  const match = /^request (\d+) pending$/m.exec(outcome.stdout);
  if (match === null) throw new Error(`no "request <id> pending" line in: ${outcome.stdout}${outcome.stderr}`);
  return Number(match[1]);
}

/** The one line a refusal prints on stderr (and nothing on stdout). */
function oneLine(outcome: CliOutcome): string {
  const lines = outcome.stderr.split('\n').filter((line) => line.trim() !== '');
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

async function ruleNames(): Promise<string[]> {
  const state = await emulator.state<{ answeringRules: Array<{ name?: string }> }>();
  return state.answeringRules.map((rule) => rule.name ?? '');
}

describe('switchboard run with a team policy', () => {
  beforeEach(async () => {
    await emulator.resetState();
  });

  it('queues a request for alice and applies it when bob approves', async () => {
    const requested = await run('alice', 'route to voicemail on Dec 25');
    expect(requested.code).toBe(0);
    expect(requested.stderr).toBe('');
    expect(requested.stdout).toContain('- New rule "Dec 25, 2026" on Dec 25, 2026 (all day): calls go to Main Voicemail (ext 300)');
    const id = pendingId(requested);
    expect(await ruleNames()).not.toContain('Dec 25, 2026');

    const listed = await run('bob', 'requests');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`^#${id} by alice at .*: route to voicemail on Dec 25$`, 'm'));
    expect(listed.stdout).toContain('    - New rule "Dec 25, 2026" on Dec 25, 2026 (all day): calls go to Main Voicemail (ext 300)');

    const approved = await runYes('bob', `approve ${id}`);
    expect(approved.code).toBe(0);
    expect(approved.stdout).toMatch(new RegExp(`^Request ${id} applied\\.`, 'm'));
    expect(await ruleNames()).toContain('Dec 25, 2026');
    expect((await run('bob', 'requests')).stdout).not.toContain(`#${id} `);

    const again = await run('carol', `approve ${id}`);
    expect(again.code).toBe(1);
    expect(oneLine(again)).toMatch(new RegExp(`^Request ${id} was approved by bob and applied at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC\\.$`));

    const history = await run('alice', 'history');
    expect(history.code).toBe(0);
    expect(history.stdout).toMatch(new RegExp(`applied request ${id} "route to voicemail on Dec 25" by alice, approved by bob: Applied 1 operation\\.`));
    expect(history.stdout).toContain('    - New rule "Dec 25, 2026"');

    const verified = await run('carol', 'audit verify');
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/^The audit trail is intact: \d+ entr(y|ies), head [0-9a-f]{16}\.$/m);
  });

  it('refuses someone the policy does not name, for reading and for changing', async () => {
    const status = await run('mallory', 'status');
    expect(status.code).toBe(1);
    expect(status.stdout).toBe('');
    expect(oneLine(status)).toBe('mallory may not read call handling, requests or history; readers are set in SWITCHBOARD_READERS (requesters and approvers read too).');

    const change = await run('mallory', 'route to voicemail on Dec 25');
    expect(change.code).toBe(1);
    expect(change.stdout).toBe('');
    expect(oneLine(change)).toBe('mallory may not request changes; requesters are set in SWITCHBOARD_REQUESTERS.');
    expect(await ruleNames()).not.toContain('Dec 25, 2026');

    const approve = await run('mallory', 'approve 1');
    expect(approve.code).toBe(1);
    expect(oneLine(approve)).toBe('mallory may not approve changes; approvers are set in SWITCHBOARD_APPROVERS.');
  });

  it('lets a reader from SWITCHBOARD_READERS read, but not ask for changes', async () => {
    const readers = { SWITCHBOARD_READERS: 'erin' };
    const status = await run('erin', 'status', readers);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/company greeting|Main Voicemail/);
    expect((await run('erin', 'history', readers)).code).toBe(0);

    const change = await run('erin', 'route to voicemail on Dec 25', readers);
    expect(change.code).toBe(1);
    expect(oneLine(change)).toBe('erin may not request changes; requesters are set in SWITCHBOARD_REQUESTERS.');
  });

  it('refuses self-approval unless SWITCHBOARD_ALLOW_SELF_APPROVAL=true', async () => {
    const id = pendingId(await run('alice', 'route to voicemail on Dec 26'));
    // alice is not an approver at all; make her one so that only the self-approval rule stands in the way.
    const asApprover = { SWITCHBOARD_APPROVERS: 'alice,bob,carol' };
    const refused = await run('alice', `approve ${id}`, asApprover);
    expect(refused.code).toBe(1);
    expect(oneLine(refused)).toBe(`You asked for request ${id}, so someone else has to approve it (SWITCHBOARD_ALLOW_SELF_APPROVAL is off).`);
    expect(await ruleNames()).not.toContain('Dec 26, 2026');

    const allowed = await runYes('alice', `approve ${id}`, { ...asApprover, SWITCHBOARD_ALLOW_SELF_APPROVAL: 'true' });
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toMatch(new RegExp(`^Request ${id} applied\\.`, 'm'));
    expect(await ruleNames()).toContain('Dec 26, 2026');
  });

  it('says an unknown id is unknown', async () => {
    const result = await run('bob', 'approve 999');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(oneLine(result)).toBe('There is no request 999; "requests" lists the pending ones and "history" the recent changes.');
  });

  it('lets carol reject a request, and then approving it says who rejected it', async () => {
    const id = pendingId(await run('alice', 'route to voicemail on Dec 27'));
    const rejected = await run('carol', `reject ${id} too risky`);
    expect(rejected.code).toBe(0);
    expect(rejected.stdout.trim()).toBe(`Request ${id} was rejected by carol: too risky`);

    const approve = await run('bob', `approve ${id}`);
    expect(approve.code).toBe(1);
    expect(oneLine(approve)).toMatch(new RegExp(`^Request ${id} was rejected by carol at .* UTC: `));
    expect(await ruleNames()).not.toContain('Dec 27, 2026');
    expect((await run('bob', 'requests')).stdout).not.toContain(`#${id} `);
  });

  it('undoes an applied change through a new request that bob approves, back to the exact state before', async () => {
    const before = await emulator.state();
    const id = pendingId(await run('alice', 'hours Mon-Fri 8-6'));
    expect((await runYes('bob', `approve ${id}`)).code).toBe(0);
    expect(await emulator.state()).not.toEqual(before);

    const undo = await runYes('alice', `undo ${id}`);
    expect(undo.code).toBe(0);
    const undoId = pendingId(undo);
    expect(undoId).not.toBe(id);
    // Nothing is undone before the approval.
    expect(await emulator.state()).not.toEqual(before);
    const listed = await run('bob', 'requests');
    expect(listed.stdout).toMatch(new RegExp(`^#${undoId} by alice at .*: undo ${id}$`, 'm'));
    expect(listed.stdout).toContain('    - Business hours: Mon–Fri 08:00–18:00 -> Mon–Fri 09:00–17:00');

    const approved = await runYes('bob', `approve ${undoId}`);
    expect(approved.code).toBe(0);
    expect(approved.stdout).toMatch(new RegExp(`^Request ${undoId} applied\\.`, 'm'));
    expect(await emulator.state()).toEqual(before);
    expect((await run('carol', 'audit verify')).code).toBe(0);
  });

  it('answers "status" for a requester or an approver', async () => {
    for (const who of ['alice', 'bob']) {
      const result = await run(who, 'status');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Business hours (Mon–Fri 09:00–17:00): the company greeting.');
    }
  });
});

describe('switchboard run with no policy variables (the local admin)', () => {
  // Its own emulator and data folder, so the database holds no team requests.
  const local = useCliEmulator('local-admin');

  it('applies a change at once with --yes, and history shows it', async () => {
    const env = local.env();
    const applied = await runCli(['run', '--now', '2026-11-25T12:00', '--yes', 'route to voicemail on Dec 25'], env);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toMatch(/^Request \d+ applied\. Applied 1 operation\.$/m);
    const state = await local.state<{ answeringRules: Array<{ name?: string }> }>();
    expect(state.answeringRules.map((rule) => rule.name)).toContain('Dec 25, 2026');

    const history = await runCli(['run', 'history'], env);
    expect(history.code).toBe(0);
    expect(history.stdout).toMatch(/ applied request \d+ "route to voicemail on Dec 25" by \S+: Applied 1 operation\./);
    expect((await runCli(['run', 'audit verify'], env)).code).toBe(0);
  });

  it('refuses a --as that is not a name with a usage error', async () => {
    const result = await runCli(['run', '--as', 'bad name!', 'status'], local.env());
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('--as "bad name!" is not a user id or name');
  });
});
