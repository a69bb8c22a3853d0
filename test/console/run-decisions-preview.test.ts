import { beforeEach, describe, expect, it } from 'vitest';
import { runCli, type CliOutcome } from '../support/run-cli.ts';
import { useCliEmulator } from '../support/use-cli-emulator.ts';
import { describeEachDatabase } from '../support/use-test-databases.ts';

/**
 * `switchboard run "approve | replan | undo <id>"` shows what it would change and changes nothing
 * without --yes, under a team policy as for the local admin; a kind the team lets through
 * (SWITCHBOARD_NO_APPROVAL_FOR) says it applies at once and waits for --yes too.
 */
const emulator = useCliEmulator('decisions-preview');
/** The database of the running test: the same suite runs on SQLite and on PostgreSQL. */
let databaseUrl = '';

const POLICY = { SWITCHBOARD_REQUESTERS: 'alice', SWITCHBOARD_APPROVERS: 'bob,carol' };
const CHRISTMAS_RULE = '- New rule "Dec 25, 2026" on Dec 25, 2026 (all day): calls go to Main Voicemail (ext 300)';

async function run(as: string, command: string, options: { readonly yes?: boolean; readonly json?: boolean; readonly env?: Record<string, string> } = {}): Promise<CliOutcome> {
  const flags = [...(options.yes ? ['--yes'] : []), ...(options.json ? ['--json'] : [])];
  return runCli(['run', '--now', '2026-11-25T12:00', ...flags, '--as', as, command], { ...emulator.env(), DATABASE_URL: databaseUrl, ...POLICY, ...options.env });
}

function pendingId(outcome: CliOutcome): number {
  const match = /^request (\d+) pending$/m.exec(outcome.stdout);
  if (match === null) throw new Error(`no "request <id> pending" line in: ${outcome.stdout}${outcome.stderr}`);
  return Number(match[1]);
}

/** The pending requests as `run --json requests` lists them: id and status. */
async function pendingRequests(): Promise<Array<{ id: number; status: string }>> {
  const listed = await run('bob', 'requests', { json: true });
  expect(listed.code).toBe(0);
  return (JSON.parse(listed.stdout) as Array<{ id: number; status: string }>).map(({ id, status }) => ({ id, status }));
}

describeEachDatabase(
  'switchboard run',
  (database) => {
    beforeEach(() => {
      databaseUrl = database().url;
    });

    describe('approve, replan and undo without --yes', () => {
      beforeEach(async () => {
        await emulator.resetState();
      });

      it('shows what approving would change, and that it completes the approvals, and changes nothing', async () => {
        const id = pendingId(await run('alice', 'route to voicemail on Dec 25'));
        const before = await emulator.state();
        const requestsBefore = await pendingRequests();
        expect(requestsBefore).toContainEqual({ id, status: 'pending' });

        const shown = await run('bob', `approve ${id}`);
        expect(shown.code).toBe(0);
        expect(shown.stderr).toBe('');
        expect(shown.stdout).toContain(`Request ${id} by alice: route to voicemail on Dec 25`);
        expect(shown.stdout).toContain(CHRISTMAS_RULE);
        expect(shown.stdout).toContain(`Approving request ${id} completes its approvals (1 of 1), so the change is applied at once.`);
        expect(shown.stdout).toMatch(/^Nothing changed yet\. Run again with --yes to approve and apply it\.$/m);
        expect(shown.stdout).not.toMatch(/applied\. Applied/);

        const json = await run('bob', `approve ${id}`, { json: true });
        expect(json.code).toBe(0);
        expect(JSON.parse(json.stdout)).toMatchObject({ applied: false, request: { id, status: 'pending' }, completes: true, approvals: 0, required: 1 });

        expect(await emulator.state()).toEqual(before);
        expect(await pendingRequests()).toEqual(requestsBefore);

        const applied = await run('bob', `approve ${id}`, { yes: true });
        expect(applied.code).toBe(0);
        expect(applied.stdout).toContain(CHRISTMAS_RULE);
        expect(applied.stdout).toMatch(new RegExp(`^Request ${id} applied\\.`, 'm'));
        expect(await emulator.state()).not.toEqual(before);
      });

      it('says when an approval only adds one of several, and records it only with --yes', async () => {
        const env = { SWITCHBOARD_APPROVALS_REQUIRED: '2' };
        const id = pendingId(await run('alice', 'route to voicemail on Dec 25', { env }));
        const shown = await run('bob', `approve ${id}`, { env });
        expect(shown.code).toBe(0);
        expect(shown.stdout).toContain(`Approving request ${id} adds approval 1 of 2; the change is applied once it has all 2.`);
        expect(shown.stdout).toMatch(/^Nothing changed yet\. Run again with --yes to add your approval\.$/m);

        const recorded = await run('bob', `approve ${id}`, { env, yes: true });
        expect(recorded.stdout).toMatch(new RegExp(`^Approval 1 of 2 recorded for request ${id}\\.$`, 'm'));
        // Bob's approval is counted now, so a second preview from him says so.
        expect((await run('bob', `approve ${id}`, { env })).stderr).toMatch(/already approved/);
        expect((await run('carol', `approve ${id}`, { env })).stdout).toContain(`completes its approvals (2 of 2)`);
      });

      it('shows the new plan of a stale request and re-plans it only with --yes', async () => {
        const first = pendingId(await run('alice', 'hours Mon-Fri 8-6'));
        const second = pendingId(await run('alice', 'hours Mon-Fri 7-7'));
        expect((await run('bob', `approve ${first}`, { yes: true })).code).toBe(0);
        const stale = await run('bob', `approve ${second}`, { yes: true });
        expect(stale.code).toBe(1);
        const before = await emulator.state();
        const requestsBefore = await pendingRequests();

        const shown = await run('alice', `replan ${second}`);
        expect(shown.code).toBe(0);
        expect(shown.stdout).toContain(`Request ${second} planned again against the call handling as it is now: hours Mon-Fri 7-7`);
        expect(shown.stdout).toContain('- Business hours: Mon–Fri 08:00–18:00 -> Mon–Fri 07:00–19:00');
        expect(shown.stdout).toMatch(/^Nothing changed yet\. Run again with --yes to ask for approval\.$/m);
        const json = await run('alice', `replan ${second}`, { json: true });
        expect(JSON.parse(json.stdout)).toMatchObject({ applied: false, replanOf: second, needsApproval: true });
        expect(await emulator.state()).toEqual(before);
        expect(await pendingRequests()).toEqual(requestsBefore);

        const replanned = await run('alice', `replan ${second}`, { yes: true });
        expect(replanned.code).toBe(0);
        const replanId = pendingId(replanned);
        expect((await run('bob', `approve ${replanId}`, { yes: true })).stdout).toMatch(new RegExp(`^Request ${replanId} applied\\.`, 'm'));
      });

      it('shows what an undo would put back under a team policy, and asks for it only with --yes', async () => {
        const id = pendingId(await run('alice', 'route to voicemail on Dec 25'));
        expect((await run('bob', `approve ${id}`, { yes: true })).code).toBe(0);
        const requestsBefore = await pendingRequests();

        const shown = await run('alice', `undo ${id}`);
        expect(shown.code).toBe(0);
        expect(shown.stdout).toContain(`Undoing request ${id}:`);
        expect(shown.stdout).toContain('- Rule "Dec 25, 2026" on Dec 25, 2026 (all day) removed; its calls went to Main Voicemail (ext 300)');
        expect(shown.stdout).toMatch(/^Nothing changed yet\. Run again with --yes to ask for approval\.$/m);
        expect(await pendingRequests()).toEqual(requestsBefore);

        const asked = await run('alice', `undo ${id}`, { yes: true });
        expect(asked.code).toBe(0);
        expect(await pendingRequests()).toContainEqual({ id: pendingId(asked), status: 'pending' });
      });

      it('refuses a preview as the command itself would', async () => {
        expect((await run('mallory', 'undo 1')).stderr.trim()).toBe('mallory may not request changes; requesters are set in SWITCHBOARD_REQUESTERS.');
        expect((await run('mallory', 'replan 1')).stderr.trim()).toBe('mallory may not request changes; requesters are set in SWITCHBOARD_REQUESTERS.');
        expect((await run('bob', 'approve 999')).code).toBe(1);
      });
    });

    describe('a kind the team lets through without approval', () => {
      beforeEach(async () => {
        await emulator.resetState();
      });

      it('says the change applies at once, and applies it only with --yes', async () => {
        const env = { SWITCHBOARD_NO_APPROVAL_FOR: 'add-rule' };
        const before = await emulator.state();
        const shown = await run('alice', 'route to voicemail on Dec 25', { env });
        expect(shown.code).toBe(0);
        expect(shown.stdout).toContain(CHRISTMAS_RULE);
        expect(shown.stdout).toContain('This applies at once: SWITCHBOARD_NO_APPROVAL_FOR lets "add-rule" changes through without approval.');
        expect(shown.stdout).toMatch(/^Nothing changed yet\. Run again with --yes to apply\.$/m);
        expect(await emulator.state()).toEqual(before);

        const applied = await run('alice', 'route to voicemail on Dec 25', { env, yes: true });
        expect(applied.code).toBe(0);
        expect(applied.stdout).toMatch(/^Request \d+ applied\./m);
        expect(await emulator.state()).not.toEqual(before);
      });
    });
  },
  { freshForEachTest: true },
);
