import { beforeEach, describe, expect, it } from 'vitest';
import { createDemoState } from '../../src/emulator/index.ts';
import { runCli, type CliOutcome } from '../support/run-cli.ts';
import { useCliEmulator } from '../support/use-cli-emulator.ts';

/**
 * `open` from the command line, on the demo company at Wed Nov 25, 2026 12:00 US/Eastern with a
 * rule a person named "Closed until …" in the admin portal: the preview and the change delete only
 * the closure rule Switchboard made.
 */

const NOW = '2026-11-25T12:00';
const HAND_MADE = 'Closed until Nov 25, 16:00';

const emulator = useCliEmulator('open-hand-made');

interface RunJson {
  readonly applied: boolean;
  readonly plan?: ReadonlyArray<{ readonly kind: string; readonly name?: string }>;
}

beforeEach(async () => {
  const state = createDemoState() as unknown as { answeringRules: Array<Record<string, unknown>> };
  state.answeringRules.unshift({
    id: '990001',
    type: 'Custom',
    enabled: true,
    name: HAND_MADE,
    schedule: { ranges: [{ from: '2026-11-25T11:00:00-05:00', to: '2026-11-25T16:00:00-05:00' }] },
    callHandlingAction: 'Disconnect',
  });
  const response = await fetch(`${emulator.url()}/_emulator/state`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(state) });
  expect(response.ok).toBe(true);
});

async function run(...args: string[]): Promise<CliOutcome> {
  return runCli(['run', '--now', NOW, ...args], emulator.env());
}

async function closureNames(): Promise<ReadonlyArray<string>> {
  const state = await emulator.state<{ answeringRules: Array<{ name?: string }> }>();
  return state.answeringRules.flatMap((rule) => (rule.name?.startsWith('Closed until ') ? [rule.name] : []));
}

describe('open next to a rule named "Closed until …" by hand', () => {
  it('previews and deletes only the closure Switchboard made', async () => {
    const none = await run('--json', 'open');
    expect(none.code).toBe(0);
    expect((JSON.parse(none.stdout) as RunJson).plan).toEqual([]);

    expect((await run('--yes', 'close now until 3pm')).code).toBe(0);
    expect(await closureNames()).toEqual([HAND_MADE, 'Closed until Nov 25, 15:00']);

    const preview = await run('--json', 'open');
    expect((JSON.parse(preview.stdout) as RunJson).plan?.map((operation) => [operation.kind, operation.name])).toEqual([['delete-rule', 'Closed until Nov 25, 15:00']]);
    const opened = await run('--yes', 'open');
    expect(opened.code).toBe(0);
    expect(await closureNames()).toEqual([HAND_MADE]);
  });
});
