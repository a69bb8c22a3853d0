import { describe, expect, it } from 'vitest';
import { runCli, type CliOutcome } from '../support/run-cli.ts';
import { useCliEmulator } from '../support/use-cli-emulator.ts';

const emulator = useCliEmulator('change');


async function run(...args: string[]): Promise<CliOutcome> {
  const env = emulator.env();
  return runCli(['run', '--now', '2026-11-25T12:00', ...args], env);
}

async function emulatorRules(): Promise<ReadonlyArray<{ name?: string; schedule?: unknown }>> {
  const state = await emulator.state<{ answeringRules: Array<{ name?: string; schedule?: unknown }> }>();
  return state.answeringRules;
}

describe('switchboard run with a change', () => {
  it('shows the change in the company zone and changes nothing without --yes', async () => {
    const before = await emulatorRules();
    const result = await run('route to voicemail on Dec 25');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Times in US/Eastern (EST).');
    expect(result.stdout).toContain('- New rule "Dec 25, 2026" on Dec 25, 2026 (all day): calls go to Main Voicemail (ext 300)');
    expect(result.stdout).toContain('Nothing changed yet. Run again with --yes to apply.');
    expect(await emulatorRules()).toEqual(before);
  });

  it('applies the change with --yes so calls route as the text says before, inside and after the day', async () => {
    const applied = await run('--yes', 'route to voicemail on Dec 25');
    expect(applied.code).toBe(0);
    expect(applied.stdout).toMatch(/Request \d+ applied\./);
    const rule = (await emulatorRules()).find((candidate) => candidate.name === 'Dec 25, 2026');
    expect(rule?.schedule).toEqual({ ranges: [{ from: '2026-12-25T05:00:00.000Z', to: '2026-12-26T05:00:00.000Z' }] });

    expect((await run('test Dec 24 16:59')).stdout).toContain('The business-hours rule sends the call to the company greeting');
    expect((await run('test Dec 25 00:00')).stdout).toContain('Custom rule "Dec 25, 2026" sends the call to Main Voicemail (ext 300)');
    expect((await run('test Dec 25 23:59')).stdout).toContain('Custom rule "Dec 25, 2026"');
    expect((await run('test Dec 28 10am')).stdout).toContain('The business-hours rule sends the call to the company greeting');
  });

  it('changes business hours and the resolver follows them', async () => {
    const result = await run('--yes', 'hours Mon-Fri 8-6');
    expect(result.stdout).toContain('- Business hours: Mon–Fri 09:00–17:00 -> Mon–Fri 08:00–18:00');
    expect((await run('test Dec 1 17:30')).stdout).toContain('The business-hours rule sends the call to the company greeting');
  });

  it('refuses a change that cannot be made, in one line with exit code 1', async () => {
    const result = await run('--yes', 'dial 0 to nothing');
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^Switchboard cannot make this change yet: .*0 key \(no public RingCentral API/);
  });
});
