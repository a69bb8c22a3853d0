import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, type CliOutcome } from '../support/run-cli.ts';
import { useCliEmulator } from '../support/use-cli-emulator.ts';
import { driveConsole } from './drive-console.ts';

/**
 * The console's and `switchboard run`'s own lines in French (SWITCHBOARD_LANGUAGE=fr): the
 * preview's first line, warnings, the hint without --yes, the console's question and its "no",
 * the approve and undo previews, the empty lists, and `--json` whose change and warning texts are
 * one string in the run's language. Company time Wed Nov 25, 2026 12:00 US/Eastern (HNE).
 */
const emulator = useCliEmulator('console-output-fr', { highRateLimits: true });

const NOW = '2026-11-25T12:00';
const NBSP = '\u00A0';
const NARROW = '\u202F';
const FALL_BACK_DAY = 'envoyer vers la messagerie le 7 nov. 2027';
const TEAM = { SWITCHBOARD_REQUESTERS: 'alice', SWITCHBOARD_APPROVERS: 'bob' };

async function run(args: ReadonlyArray<string>, env: Record<string, string> = {}): Promise<CliOutcome> {
  return runCli(['run', '--now', NOW, ...args], { ...emulator.env(), SWITCHBOARD_LANGUAGE: 'fr', ...env });
}

/** A request alice asks for under the team policy, created in English: only its id matters here. */
async function requestAsAlice(command: string): Promise<number> {
  const asked = await run(['--json', '--as', 'alice', command], { ...TEAM, SWITCHBOARD_LANGUAGE: 'en' });
  expect(asked.code).toBe(0);
  return (JSON.parse(asked.stdout) as { request: { id: number } }).request.id;
}

beforeEach(async () => {
  await emulator.resetState();
});

describe('switchboard run in French', () => {
  // First in the file: the database is empty until a test below asks for a change.
  it('says in French that no request waits and no change is recorded yet', async () => {
    const requests = await run(['demandes']);
    expect(requests.stdout).toBe("Aucune demande n'attend d'approbation.\n");
    const history = await run(['historique']);
    expect(history.stdout).toBe("Aucune modification n'est encore enregistrée.\n");
  });

  it('previews a change in French without --yes and changes nothing', async () => {
    const before = await emulator.state<unknown>();
    const shown = await run(['envoyer vers la messagerie le 25 déc.']);
    expect(shown.code).toBe(0);
    expect(shown.stderr).toBe('');
    const lines = shown.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Heures exprimées dans le fuseau US/Eastern (HNE).');
    expect(lines[1]).toMatch(/^- \S/);
    expect(lines.at(-1)).toBe("Rien n'est encore modifié. Relancez avec --yes pour appliquer la modification.");
    expect(shown.stdout).not.toMatch(/Times in|Nothing changed|Run again/);
    expect(await emulator.state<unknown>()).toEqual(before);
  });

  // A rule on the day the clocks go back is warned about.
  it('says a warning in French, with the no-break space before its colon', async () => {
    const shown = await run([FALL_BACK_DAY]);
    expect(shown.stdout).toMatch(new RegExp(`^Avertissement${NBSP}: \\S`, 'm'));
    expect(shown.stdout).not.toContain('Warning:');
  });

  it('gives --json change and warning texts as one string in French', async () => {
    const shown = await run(['--json', FALL_BACK_DAY]);
    const preview = JSON.parse(shown.stdout) as { applied: boolean; changes: Array<{ kind: string; text: unknown }>; warnings: Array<{ code: string; text: unknown }> };
    expect(preview.applied).toBe(false);
    expect(preview.changes.length).toBeGreaterThan(0);
    expect(preview.warnings.length).toBeGreaterThan(0);
    for (const { text } of [...preview.changes, ...preview.warnings]) expect(typeof text).toBe('string');
    expect(preview.changes[0]?.text).toMatch(/règle/);
  });

  it('shows the approve preview in French, and its --json texts as strings', async () => {
    const id = await requestAsAlice('route to voicemail on Dec 25');
    const shown = await run(['--as', 'bob', `approve ${id}`], TEAM);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(`Demande ${id} de alice${NBSP}: route to voicemail on Dec 25\n`);
    expect(shown.stdout).toContain(`Approuver la demande ${id} complète ses approbations (1 sur 1)${NBSP}: la modification est donc appliquée immédiatement.`);
    expect(shown.stdout).toMatch(/^Rien n'est encore modifié\. Relancez avec --yes pour approuver et appliquer la modification\.$/m);

    const json = JSON.parse((await run(['--json', '--as', 'bob', `approve ${id}`], TEAM)).stdout) as { applied: boolean; changes: Array<{ text: unknown }> };
    expect(json.applied).toBe(false);
    expect(typeof json.changes[0]?.text).toBe('string');

    const listed = await run(['--as', 'bob', 'demandes'], TEAM);
    expect(listed.stdout).not.toContain('No requests are waiting');
  });

  it('shows the undo preview in French and says to ask for approval with --yes', async () => {
    const id = await requestAsAlice('route to voicemail on Dec 25');
    expect((await run(['--yes', '--as', 'bob', `approve ${id}`], TEAM)).code).toBe(0);
    const shown = await run(['--as', 'alice', `undo ${id}`], TEAM);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(`Annulation de la demande ${id}${NBSP}:\n- `);
    expect(shown.stdout).toMatch(/^Rien n'est encore modifié\. Relancez avec --yes pour demander l'approbation\.$/m);
  });

  it('refuses --png for another command in French', async () => {
    const refused = await run(['--png', 'semaine.png', 'état']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`--png ne dessine que la semaine${NBSP}: utilisez-le avec «${NBSP}semaine${NBSP}», par exemple «${NBSP}switchboard run --png semaine.png "semaine"${NBSP}».\n`);
  });

  it('refuses a --now that is no time in French', async () => {
    const refused = await run(['--now', 'demain', 'état']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`--now «${NBSP}demain${NBSP}» n'est pas une date-heure ISO. Essayez --now 2026-12-24T10:00.\n`);
  });
});

describe('the console in French', () => {
  let repl: ReturnType<typeof driveConsole>;

  beforeEach(() => {
    repl = driveConsole(['console'], { ...emulator.env(), SWITCHBOARD_LANGUAGE: 'fr' });
  });

  afterEach(async () => {
    expect(await repl.end()).toBe(0);
  });

  it('welcomes, pretends a time, asks before a change and says nothing changed on "n", all in French', async () => {
    expect((await repl.started).stdout).toContain(`Tapez une commande comme «${NBSP}état${NBSP}»`);
    expect((await repl.send(`:now ${NOW}`)).stdout).toContain("Vous faites comme s'il était mer. 25 nov. 2026, 12 h 00 (HNE), fuseau US/Eastern");

    const asked = await repl.send('envoyer vers la messagerie le 25 déc.');
    expect(asked.stdout).toContain('Heures exprimées dans le fuseau US/Eastern (HNE).\n');
    expect(asked.stdout.endsWith(`Appliquer cette modification${NARROW}? [y/N] `)).toBe(true);
    expect((await repl.send('n')).stdout).toContain("Rien n'a été modifié.\n");

    expect((await repl.send(':as bob')).stdout).toContain('Vous agissez en tant que bob.\n');
    expect((await repl.send(':now')).stdout).toContain("Retour à l'horloge réelle.\n");
  });

  it('takes "oui" as yes', async () => {
    await repl.send(`:now ${NOW}`);
    await repl.send('envoyer vers la messagerie le 25 déc.');
    const answered = await repl.send('oui');
    expect(answered.stdout).not.toContain("Rien n'a été modifié.");
    const rules = (await emulator.state<{ answeringRules: Array<{ name?: string }> }>()).answeringRules;
    expect(rules.map((rule) => rule.name)).toContain('25 déc. 2026');
  });
});
