import { beforeEach, describe, expect, it } from 'vitest';
import { createDemoState } from '../../src/emulator/index.ts';
import { runCli, type CliOutcome } from '../support/run-cli.ts';
import { useCliEmulator } from '../support/use-cli-emulator.ts';
import { NOW } from './support/command-forms-harness.ts';

/**
 * Which language `switchboard run` reads first: SWITCHBOARD_LANGUAGE, else the RingCentral
 * account's own (regionalSettings.language.localeCode), else English. A command read in the other
 * language still works, with a first line saying so in the person's language; a refusal is
 * worded in the person's language. Company time Wed Nov 25, 2026 12:00 US/Eastern.
 */

const emulator = useCliEmulator('language-choice');

interface RulesView {
  answeringRules: Array<{ id: string; name?: string }>;
}

// The demo company as a Quebec account would have it: French (Canada) in its regional settings.
async function useFrenchCanadianAccount(): Promise<void> {
  const demo = createDemoState();
  const state = {
    ...demo,
    account: { ...demo.account, regionalSettings: { ...demo.account.regionalSettings, language: { id: '3084', name: 'French (Canada)', localeCode: 'fr-CA' } } },
  };
  const response = await fetch(`${emulator.url()}/_emulator/state`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(state) });
  expect(response.ok).toBe(true);
}

async function run(command: string, env: Record<string, string> = {}): Promise<CliOutcome> {
  return runCli(['run', '--now', NOW, '--yes', command], { ...emulator.env(), ...env });
}

async function ruleNames(): Promise<Array<string | undefined>> {
  return (await emulator.state<RulesView>()).answeringRules.map((rule) => rule.name);
}

/** The first line `run` printed. */
function firstLine(outcome: CliOutcome): string {
  return outcome.stdout.split('\n')[0] ?? '';
}

/** What `run --yes` says once a change is applied: in the person's language, whatever the command's. */
const APPLIED = /^Request \d+ applied\./m;
const APPLIQUEE = /^La demande \d+ est appliquée\./m;

beforeEach(async () => {
  await emulator.resetState();
});

describe('switchboard run on an account whose language is French (Canada), without SWITCHBOARD_LANGUAGE', () => {
  beforeEach(useFrenchCanadianAccount);

  it('reads a French command as French, with no line about the language', async () => {
    const result = await run('envoyer vers la messagerie le 25 déc.');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/^\((?:Lu|Read) /m);
    expect(result.stdout).toMatch(APPLIQUEE);
    expect(await ruleNames()).toContain('25 déc. 2026');
  });

  it('reads an English command too, saying first "(Lu en anglais.)"', async () => {
    const result = await run('route to voicemail on Dec 26');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(firstLine(result)).toBe('(Lu en anglais.)');
    expect(result.stdout).toMatch(APPLIQUEE);
    expect(await ruleNames()).toContain('Dec 26, 2026');
  });

  it('refuses "envoyer vers la messagerie le 31 avril" in French, in one line, and changes nothing', async () => {
    const before = await emulator.state<unknown>();
    const result = await run('envoyer vers la messagerie le 31 avril');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('«\u00A031 avril\u00A0» n\'est pas une vraie date. Vérifiez le jour et le mois, par exemple «\u00A0le 28 févr.\u00A0».\n');
    expect(await emulator.state<unknown>()).toEqual(before);
  });

  it('reads a French command first as English when SWITCHBOARD_LANGUAGE=en, says "(Read as French.)" and still applies it', async () => {
    const result = await run('envoyer vers la messagerie le 27 déc.', { SWITCHBOARD_LANGUAGE: 'en' });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(firstLine(result)).toBe('(Read as French.)');
    expect(result.stdout).toMatch(APPLIED);
    expect(await ruleNames()).toContain('27 déc. 2026');
  });
});

describe('switchboard run with SWITCHBOARD_LANGUAGE=fr on an English account', () => {
  it('refuses "envoyer vers la messagerie le 31 avril" in French, in one line, and changes nothing', async () => {
    const before = await emulator.state<unknown>();
    const result = await run('envoyer vers la messagerie le 31 avril', { SWITCHBOARD_LANGUAGE: 'fr' });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('«\u00A031 avril\u00A0» n\'est pas une vraie date. Vérifiez le jour et le mois, par exemple «\u00A0le 28 févr.\u00A0».\n');
    expect(await emulator.state<unknown>()).toEqual(before);
  });

  it('refuses the same command in English when SWITCHBOARD_LANGUAGE=en', async () => {
    const result = await run('envoyer vers la messagerie le 31 avril', { SWITCHBOARD_LANGUAGE: 'en' });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('"31 avril" is not a real date. Check the day and the month, e.g. "Feb 28".\n');
  });
});
