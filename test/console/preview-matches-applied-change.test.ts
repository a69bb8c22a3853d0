import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli, type CliOutcome } from '../support/run-cli.ts';
import { useCliEmulator } from '../support/use-cli-emulator.ts';

/**
 * Property: for a generated `route to <target> <when>` command on a fresh demo company, the --json
 * preview (no --yes) lists the same change texts as the --json output of applying it with --yes,
 * and the emulator then holds exactly one new rule with the name the preview proposed.
 */

const NOW = '2026-11-25T12:00';

const emulator = useCliEmulator('preview');

interface ChangeJson {
  readonly kind: string;
  readonly text: string;
}

interface RunJson {
  readonly applied: boolean;
  readonly changes: ReadonlyArray<ChangeJson>;
  readonly plan?: ReadonlyArray<{ kind: string; rule?: { name?: string } }>;
}


async function resetState(): Promise<void> {
  await emulator.resetState();
}

async function ruleNames(): Promise<string[]> {
  const state = await emulator.state<{ answeringRules: Array<{ name?: string }> }>();
  return state.answeringRules.flatMap((rule) => (rule.name === undefined ? [] : [rule.name]));
}

async function run(...args: string[]): Promise<CliOutcome> {
  const env = emulator.env();
  return runCli(['run', '--now', NOW, '--json', ...args], env);
}

const targetArb = fc.constantFrom(
  'Alice',
  'Bob',
  'Chloé',
  'Support Queue',
  'Sales Queue',
  'voicemail',
  'Holiday Message',
  'Front Desk',
  'Main Menu',
  'greeting',
);

const monthArb = fc.constantFrom('Dec', 'Jan', 'Mar', 'Jun');

const onDayArb = fc.tuple(monthArb, fc.integer({ min: 1, max: 28 })).map(([month, day]) => `on ${month} ${day}`);

const weekdaysArb = fc
  .tuple(fc.integer({ min: 0, max: 22 }), fc.integer({ min: 1, max: 23 }))
  .map(([start, length]) => [start, Math.min(23, start + length)] as const)
  .map(([start, end]) => `weekdays ${String(start).padStart(2, '0')}:00-${String(end).padStart(2, '0')}:00`);

const fromToArb = fc
  .tuple(monthArb, fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 7 }))
  .map(([month, day, span]) => `from ${month} ${day} 9am to ${month} ${day + span} 5pm`);

const commandArb = fc
  .tuple(targetArb, fc.oneof(onDayArb, weekdaysArb, fromToArb))
  .map(([target, when]) => `route to ${target} ${when}`);

describe('the preview matches the applied change', () => {
  it('lists the same change texts before and after --yes, and the proposed rule exists afterwards', async () => {
    let accepted = 0;
    const refused: string[] = [];
    await fc.assert(
      fc.asyncProperty(commandArb, async (command) => {
        await resetState();
        const before = await ruleNames();

        const preview = await run(command);
        if (preview.code !== 0) {
          // A refusal is one line on stderr with exit code 1 and no JSON change list.
          expect(preview.code).toBe(1);
          expect(preview.stderr.trim()).not.toBe('');
          refused.push(command);
          return;
        }
        const previewJson = JSON.parse(preview.stdout) as RunJson;
        expect(previewJson.applied).toBe(false);
        expect(previewJson.changes.length).toBeGreaterThan(0);
        expect(await ruleNames()).toEqual(before);

        const proposed = (previewJson.plan ?? []).flatMap((step) =>
          step.kind === 'create-rule' && step.rule?.name !== undefined ? [step.rule.name] : [],
        );
        expect(proposed).toHaveLength(1);
        const name = proposed[0] as string;
        expect(previewJson.changes.some((change) => change.text.includes(`"${name}"`))).toBe(true);

        const applied = await run('--yes', command);
        expect(applied.stderr).toBe('');
        expect(applied.code).toBe(0);
        const appliedJson = JSON.parse(applied.stdout) as RunJson;
        expect(appliedJson.applied).toBe(true);
        expect(appliedJson.changes.map((change) => change.text)).toEqual(previewJson.changes.map((change) => change.text));

        const after = await ruleNames();
        expect(after.filter((candidate) => candidate === name)).toHaveLength(1);
        expect(after.length).toBe(before.length + 1);
        accepted += 1;
      }),
      { numRuns: 25, endOnFailure: true },
    );
    expect(refused).toEqual([]);
    expect(accepted).toBe(25);
  }, 30_000);
});
