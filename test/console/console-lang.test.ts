import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useCliEmulator } from '../support/use-cli-emulator.ts';
import { driveConsole, type ConsoleDriver } from './drive-console.ts';

/**
 * The console's `:lang`: which language commands are read in first and help is written in.
 * `switchboard console` is driven through piped stdin and stdout against the emulator (the demo
 * company, whose RingCentral language is English), with the clock fixed by
 * `:now 2026-11-25T12:00` (company time, US/Eastern).
 */
const emulator = useCliEmulator('console-lang', { highRateLimits: true });

const NO_BREAK_SPACE = '\u00A0';
let repl: ConsoleDriver;

beforeEach(async () => {
  await emulator.resetState();
  repl = driveConsole(['console'], emulator.env());
  await repl.started;
  expect((await repl.send(':now 2026-11-25T12:00')).stdout).toContain('Pretending it is Wed Nov 25, 2026 12:00');
});

afterEach(async () => {
  expect(await repl.end()).toBe(0);
});

describe('console :lang', () => {
  it('says which language is in use when given none: the account\'s English at first, French after ":lang fr"', async () => {
    const before = await repl.send(':lang');
    expect(before.stdout).toContain('Commands are read in English first, and answers are in English.');
    expect(before.stderr).toBe('');

    const chosen = await repl.send(':lang fr');
    expect(chosen.stdout).toContain('Les commandes sont lues d\'abord en français, et les réponses sont en français.');
    const after = await repl.send(':lang');
    expect(after.stdout).toContain('Les commandes sont lues d\'abord en français, et les réponses sont en français.');
  });

  it('shows help in French after ":lang fr"', async () => {
    await repl.send(':lang fr');
    const help = await repl.send(':help');
    // French typography: a no-break space before the colon.
    expect(help.stdout).toContain(`Commandes${NO_BREAK_SPACE}:`);
    expect(help.stdout).not.toContain('Commands:');
    expect(help.stdout).toContain('  envoyer vers <cible> le <date>');
    expect(help.stdout).toContain(`Commandes de la console${NO_BREAK_SPACE}:`);
    expect(help.stdout).toMatch(/:lang fr\|en /);
  });

  it('refuses ":lang de" in one line and keeps the language it had', async () => {
    const refused = await repl.send(':lang de');
    expect(refused.stderr).toBe('":lang de" is not a language I speak: use :lang en (English) or :lang fr (French).\n');
    expect((await repl.send(':lang')).stdout).toContain('Commands are read in English first');

    await repl.send(':lang fr');
    const refusedInFrench = await repl.send(':lang de');
    expect(refusedInFrench.stderr.trim().split('\n')).toHaveLength(1);
    // Compared space-blind: which spaces are no-break ones is the typography's business, and
    // only the one before the sentence's colon is asserted here.
    expect(refusedInFrench.stderr.replace(/\s+/g, ' ').trim()).toBe("« :lang de » n'est pas une langue que je parle : utilisez :lang fr (français) ou :lang en (anglais).");
    expect(refusedInFrench.stderr).toContain(`je parle${NO_BREAK_SPACE}:`);
    expect((await repl.send(':lang')).stdout).toContain('lues d\'abord en français');
  });

  it('reads a French command after ":lang fr" with no line about the language, and applies it on "y"', async () => {
    await repl.send(':lang fr');
    const asked = await repl.send('envoyer vers la messagerie le 25 déc.');
    expect(asked.stderr).toBe('');
    expect(asked.stdout).not.toMatch(/^\((?:Lu|Read) /m);
    expect(asked.stdout).toContain('Nouvelle règle «\u00A025 déc. 2026\u00A0» le 25 déc. 2026 (toute la journée)\u00A0: les appels vont vers Main Voicemail (poste 300)');
    expect(asked.stdout.endsWith('[y/N] ')).toBe(true);
    expect((await repl.send('y')).stdout).toMatch(/^La demande \d+ est appliquée\./m);

    const tested = await repl.send('tester 25 déc. 10 h');
    // The answer is in the person's language too.
    expect(tested.stdout).toContain(`La règle personnalisée «${NO_BREAK_SPACE}25 déc. 2026${NO_BREAK_SPACE}» envoie l'appel vers Main Voicemail (poste 300).`);
    const rules = (await emulator.state<{ answeringRules: Array<{ name?: string }> }>()).answeringRules;
    expect(rules.map((rule) => rule.name)).toContain('25 déc. 2026');
  });

  it('says "(Lu en anglais.)" before an English command after ":lang fr", and still answers it, in French', async () => {
    await repl.send(':lang fr');
    const tested = await repl.send('test Dec 1 10am');
    // The console echoes the line it read (its input is not a terminal), then answers.
    expect(tested.stdout.split('\n').slice(0, 2)).toEqual(['test Dec 1 10am', '(Lu en anglais.)']);
    expect(tested.stdout).toContain("La règle des heures d'ouverture envoie l'appel vers l'accueil de l'entreprise");
  });
});
