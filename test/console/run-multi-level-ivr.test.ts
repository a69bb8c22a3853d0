import { beforeEach, describe, expect, it } from 'vitest';
import type { EmulatorState } from '../../src/emulator/index.ts';
import { MULTI_LEVEL_IDS, createMultiLevelState } from '../fixtures/multi-level-company.ts';
import { runCli, type CliOutcome } from '../support/run-cli.ts';
import { useCliEmulator } from '../support/use-cli-emulator.ts';

const emulator = useCliEmulator('multi-level');

beforeEach(async () => {
  const response = await fetch(`${emulator.url()}/_emulator/state`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(createMultiLevelState()),
  });
  expect(response.status).toBe(200);
});

function run(...args: string[]): Promise<CliOutcome> {
  return runCli(['run', '--now', '2026-11-25T12:00', ...args], emulator.env());
}

function rule(state: EmulatorState, id: string) {
  return state.answeringRules.find((candidate) => candidate.id === id);
}

describe('switchboard run on a company in multi-level IVR mode', () => {
  it('refuses a route to the company greeting when it reads the command, in one line, changing nothing', async () => {
    const before = await emulator.state<EmulatorState>();
    for (const command of ['route to the company greeting', 'route after hours to greeting then hang up']) {
      const result = await run('--yes', command);
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^This account uses multi-level IVR .*refuses the company greeting in a rule \(AWR-182\)\. Name an IVR menu or an extension instead/);
      expect(result.stdout).toBe('');
    }
    expect(await emulator.state<EmulatorState>()).toEqual(before);
  });

  it('routes to an IVR menu, which the mode takes', async () => {
    const result = await run('--yes', 'route after hours to Support Menu');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('After hours: calls now go to Support Menu (ext 610) instead of Company Voicemail (ext 300)');
    const afterHours = rule(await emulator.state<EmulatorState>(), 'after-hours-rule');
    expect(afterHours).toMatchObject({ callHandlingAction: 'Bypass', extension: { id: String(MULTI_LEVEL_IDS.supportMenu) } });
  });

  it('answers status, naming the mode, the menu and the NotActivated voicemail', async () => {
    const result = await run('status');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain("Multi-level IVR (business hours go straight to an IVR menu): rules can't use the company greeting.");
    expect(result.stdout).toContain('Business hours (Mon–Fri 08:00–17:00): Main Menu (ext 600).');
    expect(result.stdout).toContain('After hours: Company Voicemail (ext 300).');
  });
});
