import { beforeEach, describe, expect, it } from 'vitest';
import { useCliEmulator } from '../support/use-cli-emulator.ts';
import { driveConsole, type ConsoleDriver, type ConsoleTurn } from './drive-console.ts';

/**
 * `switchboard console` driven through its stdin and stdout (piped, not a terminal), against the
 * emulator over HTTP and a SQLite file in a temporary SWITCHBOARD_DATA_DIR. The clock is fixed
 * with `:now 2026-11-25T12:00` (company time, US/Eastern) in every conversation.
 */
const emulator = useCliEmulator('console', { highRateLimits: true });

const CHRISTMAS_RULE = '- New rule "Dec 25, 2026" on Dec 25, 2026 (all day): calls go to Main Voicemail (ext 300)';
const TEAM = { SWITCHBOARD_REQUESTERS: 'alice', SWITCHBOARD_APPROVERS: 'bob' };

async function ruleNames(): Promise<string[]> {
  const state = await emulator.state<{ answeringRules: Array<{ name?: string }> }>();
  return state.answeringRules.map((rule) => rule.name ?? '');
}

/** The id in a `request <id> pending` line. */
function pendingId(turn: ConsoleTurn): number {
  const match = /^request (\d+) pending$/m.exec(turn.stdout);
  if (match === null) throw new Error(`no "request <id> pending" line in: ${turn.stdout}${turn.stderr}`);
  return Number(match[1]);
}

async function openConsole(env: Record<string, string> = {}): Promise<ConsoleDriver> {
  const console = driveConsole(['console'], { ...emulator.env(), ...env });
  await console.started;
  expect((await console.send(':now 2026-11-25T12:00')).stdout).toContain('Pretending it is Wed Nov 25, 2026 12:00 US/Eastern (EST)');
  return console;
}

describe('switchboard console', () => {
  beforeEach(async () => {
    await emulator.resetState();
  });

  it('shows the status at start, then a prompt', async () => {
    const console = driveConsole(['console'], emulator.env());
    const started = await console.started;
    expect(started.stdout).toContain('Calls to +16505550100, time zone US/Eastern');
    expect(started.stdout).toContain('Business hours (Mon–Fri 09:00–17:00): the company greeting.');
    expect(started.stdout.endsWith('switchboard> ')).toBe(true);
    expect(started.stderr).toBe('');
    expect(await console.end()).toBe(0);
  });

  it('applies a change only after "y", and says where a call inside the new rule goes', async () => {
    const console = await openConsole();
    const asked = await console.send('route to voicemail on Dec 25');
    expect(asked.stdout).toContain('Times in US/Eastern (EST).');
    expect(asked.stdout).toContain(CHRISTMAS_RULE);
    expect(asked.stdout.endsWith('Apply this change? [y/N] ')).toBe(true);
    const applied = await console.send('y');
    expect(applied.stdout).toMatch(/^Request \d+ applied\. Applied 1 operation\.$/m);
    expect(await ruleNames()).toContain('Dec 25, 2026');

    const tested = await console.send('test Dec 25 10am');
    expect(tested.stdout).toContain('A call at Fri Dec 25, 2026 10:00 US/Eastern (EST): Custom rule "Dec 25, 2026" sends the call to Main Voicemail (ext 300).');
    expect((await console.send(':quit')).stdout).toBe(':quit\n');
    expect(await console.exited).toBe(0);
  });

  it('shows the new preview and asks again when RingCentral changed between the preview and "y"', async () => {
    const console = await openConsole();
    const asked = await console.send('disable rule VIP callers');
    expect(asked.stdout.endsWith('Apply this change? [y/N] ')).toBe(true);
    // Another admin renames the rule in the admin portal while the question waits.
    const state = await emulator.state<{ answeringRules: Array<{ name?: string }> }>();
    const renamed = { ...state, answeringRules: state.answeringRules.map((rule) => (rule.name === 'VIP callers' ? { ...rule, name: 'VIP customers' } : rule)) };
    const put = await fetch(`${emulator.url()}/_emulator/state`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(renamed) });
    expect(put.ok).toBe(true);

    const again = await console.send('y');
    expect(again.stdout).toContain('Since this preview, someone changed rule "VIP customers" in RingCentral. Nothing was requested; here is the change as it would be now.');
    expect(again.stdout).toContain('VIP customers');
    expect(again.stdout.endsWith('Apply this change? [y/N] ')).toBe(true);
    expect((await console.send('n')).stdout).toContain('Nothing changed.');
    const rule = (await emulator.state<{ answeringRules: Array<{ name?: string; enabled?: boolean }> }>()).answeringRules.find((candidate) => candidate.name === 'VIP customers');
    expect(rule?.enabled).toBe(true);
    expect(await console.end()).toBe(0);
  });

  it('changes nothing when the answer is "n" or empty', async () => {
    const console = await openConsole();
    const before = await ruleNames();
    await console.send('route to voicemail on Dec 25');
    expect((await console.send('n')).stdout).toContain('Nothing changed.');
    await console.send('hours Mon-Fri 8-6');
    expect((await console.send('')).stdout).toContain('Nothing changed.');
    expect(await ruleNames()).toEqual(before);
    expect((await console.send('requests')).stdout).toContain('No requests are waiting for approval.');
    expect(await console.end()).toBe(0);
  });

  it('undoes an applied change after confirmation, so the rule is gone', async () => {
    const console = await openConsole();
    await console.send('route to voicemail on Dec 25');
    const id = Number(/^Request (\d+) applied/m.exec((await console.send('y')).stdout)?.[1]);
    const asked = await console.send(`undo ${id}`);
    expect(asked.stdout).toContain('- Rule "Dec 25, 2026" on Dec 25, 2026 (all day) removed; its calls went to Main Voicemail (ext 300)');
    expect(asked.stdout.endsWith('Apply this change? [y/N] ')).toBe(true);
    expect((await console.send('yes')).stdout).toMatch(/^Request \d+ applied\./m);
    expect(await ruleNames()).not.toContain('Dec 25, 2026');
    expect(await console.end()).toBe(0);
  });

  it('lets alice ask for a change and bob approve it under a team policy, then undo it the same way', async () => {
    const console = await openConsole(TEAM);
    expect((await console.send(':as alice')).stdout).toMatch(/Acting as alice\.\nswitchboard \(alice\)> $/);
    const asked = await console.send('route to voicemail on Dec 25');
    expect(asked.stdout).toContain(CHRISTMAS_RULE);
    expect(asked.stdout.endsWith('Ask for approval? [y/N] ')).toBe(true);
    const id = pendingId(await console.send('y'));
    expect(await ruleNames()).not.toContain('Dec 25, 2026');

    expect((await console.send(':as bob')).stdout.endsWith('switchboard (bob)> ')).toBe(true);
    expect((await console.send('requests')).stdout).toMatch(new RegExp(`^#${id} by alice at .*: route to voicemail on Dec 25$`, 'm'));
    expect((await console.send(`approve ${id}`)).stdout.endsWith('Approve and apply this change? [y/N] ')).toBe(true);
    expect((await console.send('y')).stdout).toMatch(new RegExp(`^Request ${id} applied\\.`, 'm'));
    expect(await ruleNames()).toContain('Dec 25, 2026');
    expect((await console.send('test Dec 25 10am')).stdout).toContain('Custom rule "Dec 25, 2026" sends the call to Main Voicemail (ext 300).');

    await console.send(':as alice');
    expect((await console.send(`undo ${id}`)).stdout.endsWith('Ask for approval? [y/N] ')).toBe(true);
    const undoId = pendingId(await console.send('y'));
    expect(await ruleNames()).toContain('Dec 25, 2026');
    await console.send(':as bob');
    expect((await console.send(`approve ${undoId}`)).stdout.endsWith('Approve and apply this change? [y/N] ')).toBe(true);
    expect((await console.send('y')).stdout).toMatch(new RegExp(`^Request ${undoId} applied\\.`, 'm'));
    expect(await ruleNames()).not.toContain('Dec 25, 2026');
    expect((await console.send('test Dec 25 10am')).stdout).toContain('The business-hours rule sends the call to the company greeting');
    expect(await console.end()).toBe(0);
  });

  it('shows the change and asks before an approval, and "n" leaves the request pending', async () => {
    const console = await openConsole(TEAM);
    await console.send(':as alice');
    await console.send('route to voicemail on Dec 25');
    const id = pendingId(await console.send('y'));
    await console.send(':as bob');
    const asked = await console.send(`approve ${id}`);
    expect(asked.stdout).toContain(`Request ${id} by alice: route to voicemail on Dec 25`);
    expect(asked.stdout).toContain(CHRISTMAS_RULE);
    expect(asked.stdout).toContain(`Approving request ${id} completes its approvals (1 of 1), so the change is applied at once.`);
    expect(asked.stdout.endsWith('Approve and apply this change? [y/N] ')).toBe(true);
    expect((await console.send('n')).stdout).toContain('Nothing changed.');
    expect(await ruleNames()).not.toContain('Dec 25, 2026');
    expect((await console.send('requests')).stdout).toMatch(new RegExp(`^#${id} by alice at `, 'm'));
    expect(await console.end()).toBe(0);
  });

  it('shows the new plan and asks before re-planning a stale request', async () => {
    const console = await openConsole(TEAM);
    await console.send(':as alice');
    await console.send('hours Mon-Fri 8-6');
    const first = pendingId(await console.send('y'));
    await console.send('hours Mon-Fri 7-7');
    const second = pendingId(await console.send('y'));
    await console.send(':as bob');
    await console.send(`approve ${first}`);
    expect((await console.send('y')).stdout).toMatch(new RegExp(`^Request ${first} applied\\.`, 'm'));
    await console.send(`approve ${second}`);
    expect((await console.send('y')).stderr).not.toBe('');

    await console.send(':as alice');
    const asked = await console.send(`replan ${second}`);
    expect(asked.stdout).toContain('- Business hours: Mon–Fri 08:00–18:00 -> Mon–Fri 07:00–19:00');
    expect(asked.stdout.endsWith('Ask for approval? [y/N] ')).toBe(true);
    expect((await console.send('')).stdout).toContain('Nothing changed.');
    expect((await console.send('requests')).stdout).not.toMatch(/: hours Mon-Fri 7-7$/m);
    await console.send(`replan ${second}`);
    pendingId(await console.send('y'));
    expect(await console.end()).toBe(0);
  });

  it('refuses a change from someone the policy does not let ask, in one line, and goes on', async () => {
    const console = await openConsole(TEAM);
    await console.send(':as bob');
    await console.send('route to voicemail on Dec 25');
    const refused = await console.send('y');
    expect(refused.stderr.trim().split('\n')).toEqual(['bob may not request changes; requesters are set in SWITCHBOARD_REQUESTERS.']);
    expect(refused.stdout.endsWith('switchboard (bob)> ')).toBe(true);
    expect(await console.end()).toBe(0);
  });

  it('answers an unknown console command, a bad :now and a misread command in one line each', async () => {
    const console = await openConsole();
    const unknown = await console.send(':frobnicate');
    expect(unknown.stderr).toBe('Unknown console command ":frobnicate": the console commands are :as <user>, :now <time>, :lang en|fr, :help and :quit.\n');
    expect((await console.send(':now someday')).stderr.trim().split('\n')).toHaveLength(1);
    expect((await console.send('route to the moon')).stderr.trim().split('\n')).toHaveLength(1);
    expect(await console.end()).toBe(0);
  });

  it('goes back to the real clock and to the local user', async () => {
    const console = await openConsole();
    expect((await console.send(':now')).stdout).toContain('Back to the real clock.');
    await console.send(':as carol');
    const back = await console.send(':as');
    expect(back.stdout).toMatch(/^Acting as yourself \(.+\)\.$/m);
    expect(back.stdout.endsWith('\nswitchboard> ')).toBe(true);
    expect(await console.end()).toBe(0);
  });

  it('lists the commands from the grammar and its own commands on :help', async () => {
    const console = await openConsole();
    const help = await console.send(':help');
    expect(help.stdout).toContain('  route to <target> on <date>');
    expect(help.stdout).toContain('  audit verify');
    expect(help.stdout).toMatch(/:as <user> .*\n.*:now <time> .*\n.*:lang en\|fr .*\n.*:help .*\n.*:quit /);
    expect(await console.end()).toBe(0);
  });

  it('exits 0 at the end of input, even in the middle of a question, having changed nothing', async () => {
    const console = await openConsole();
    const before = await ruleNames();
    await console.send('route to voicemail on Dec 25');
    expect(await console.end()).toBe(0);
    expect(await ruleNames()).toEqual(before);
  });

  it('writes no escape codes when its output is not a terminal', async () => {
    const console = await openConsole();
    await console.send('status');
    await console.send('route to voicemail on Dec 25');
    await console.send('n');
    await console.send(':nope');
    await console.end();
    const { stdout, stderr } = console.transcript();
    expect(stdout).toContain('Nothing changed.');
    expect(`${stdout}${stderr}`).not.toMatch(/\u001b/);
  });

  it('says in one line when RingCentral cannot be reached, and stays up', async () => {
    const console = driveConsole(['console'], { ...emulator.env(), RINGCENTRAL_SERVER_URL: 'http://127.0.0.1:9' });
    const started = await console.started;
    const lines = started.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Could not reach RingCentral for (GET|POST) \/restapi\//);
    expect(started.stdout.endsWith('switchboard> ')).toBe(true);
    expect((await console.send('status')).stderr.trim().split('\n')).toHaveLength(1);
    expect(await console.end()).toBe(0);
  });
});
