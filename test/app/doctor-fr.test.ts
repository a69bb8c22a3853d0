import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/app/cli.ts';
import { createDemoState, startEmulator, type RunningEmulator } from '../../src/emulator/index.ts';
import { DOCTOR_MESSAGES, NARROW_NO_BREAK_SPACE as NARROW, NO_BREAK_SPACE as NBSP, say } from '../../src/i18n/index.ts';
import { GATEWAY_OPERATIONS } from '../../src/ringcentral/index.ts';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack/index.ts';
import { runCli } from '../support/run-cli.ts';
import { TEST_AUDIT_KEY } from '../support/test-audit-key.ts';

const JWT = 'eyJhbGciOiJSUzI1NiJ9.doctor-fr-test-jwt.Zk4mN8sV1';
const BOT_TOKEN = 'xoxb-doctor-fr-test-token';
const APPROVAL_CHANNEL = 'C0APPROVE1';
const AUDIT_CHANNEL = 'C0AUDITS01';

let emulator: RunningEmulator;
let slack: FakeSlack;
const scratch = mkdtempSync(join(tmpdir(), 'switchboard-doctor-fr-'));

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimits: false, credentials: { jwt: JWT } });
  slack = await startFakeSlack({ botToken: BOT_TOKEN });
  slack.addChannel({ id: APPROVAL_CHANNEL, name: 'phone-approvals', isMember: true });
  slack.addChannel({ id: AUDIT_CHANNEL, name: 'phone-audit', isMember: true });
  slack.addGroup({ id: 'S0MANAGERS', handle: 'managers', users: ['U0MANAGER1', 'U0MANAGER2'] });
});
afterAll(async () => {
  await emulator.close();
  await slack.close();
  rmSync(scratch, { recursive: true, force: true });
});
beforeEach(async () => {
  await putAccountLocale('en-US');
});

/** The demo company, its RingCentral account set to this locale (the account's `regionalSettings.language`). */
async function putAccountLocale(localeCode: string): Promise<void> {
  const state = createDemoState();
  const regional = state.account.regionalSettings;
  const withLocale = { ...state, account: { ...state.account, regionalSettings: { ...regional, language: { id: '3084', name: localeCode, localeCode } } } };
  const response = await fetch(`${emulator.url}/_emulator/state`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(withLocale) });
  expect(response.ok).toBe(true);
}

/** A company's setup with no language set: RingCentral (the emulator), Slack, a database of its own, a team policy. */
function companyEnv(database: string): Record<string, string> {
  return {
    RINGCENTRAL_SERVER_URL: emulator.url,
    RINGCENTRAL_CLIENT_ID: 'doctor-fr-test-client',
    RINGCENTRAL_CLIENT_SECRET: 'doctor-fr-client-secret',
    RINGCENTRAL_JWT: JWT,
    SWITCHBOARD_DATA_DIR: join(scratch, 'data'),
    DATABASE_URL: join(scratch, `${database}.sqlite`),
    SWITCHBOARD_AUDIT_KEY: TEST_AUDIT_KEY,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_APP_TOKEN: 'xapp-doctor-fr-test',
    SLACK_API_URL: slack.url,
    SWITCHBOARD_APPROVAL_CHANNEL: APPROVAL_CHANNEL,
    SWITCHBOARD_AUDIT_CHANNEL: AUDIT_CHANNEL,
    SWITCHBOARD_MANAGERS_GROUP: '@managers',
    SWITCHBOARD_REQUESTERS: 'alice',
    SWITCHBOARD_APPROVERS: 'bob,carol',
  };
}

const lines = (stdout: string): string[] => stdout.trimEnd().split('\n');

// The French lines of a complete setup (the migrations line lists them all); the policy is
// described by workflow/, in English only.
const frenchLines = (database: string): ReadonlyArray<unknown> => [
  `✓ RingCentral répond à ${emulator.url}`,
  expect.stringMatching(/^✓ L'horloge de cet ordinateur s'écarte d'au plus \d+ s de celle de RingCentral$/),
  '✓ Le JWT se connecte à RingCentral',
  "✓ L'application RingCentral a les autorisations pour lire et modifier le traitement des appels (ReadAccounts, EditAccounts, EditExtensions)",
  `✓ Fuseau horaire de l'entreprise${NBSP}: US/Eastern`,
  `✓ Numéro principal de l'entreprise${NBSP}: +16505550100`,
  `✓ Menu vocal à un niveau${NBSP}: les appels peuvent aller vers l'accueil de l'entreprise`,
  "✓ Le compte n'a pas d'autre site",
  `✓ Le jeton du bot Slack fonctionne${NBSP}: @switchboard dans Fake Workspace`,
  '✓ Le bot a tous les scopes que demande manifests/switchboard-dev.yaml',
  `✓ Le bot est dans le canal d'approbation #phone-approvals (${APPROVAL_CHANNEL})`,
  `✓ Le bot est dans le canal d'audit #phone-audit (${AUDIT_CHANNEL})`,
  "✓ Le groupe d'utilisateurs @managers existe (2 membres)",
  `✓ La base de données s'ouvre${NBSP}: SQLite ${join(scratch, `${database}.sqlite`)}`,
  expect.stringMatching(new RegExp(`^✓ Son schéma était en retard et est maintenant à jour \\(migrations appliquées${NBSP}: 001-workflow, .*\\)$`)),
  "✓ Le journal d'audit est intact (0 entrée)",
  `✓ Politique d'approbation${NBSP}: Demandes de alice${NARROW}; 1 approbation de bob, carol${NARROW}; pas d'auto-approbation${NARROW}; les demandes expirent après 24 h.`,
  `✓ Les demandes peuvent obtenir l'approbation requise${NBSP}: 2 personnes approuvent`,
];

describe('switchboard doctor in French', () => {
  // The first run of the file loads Bolt, the gateway and the store, slow on a busy machine.
  it('says every check in French with SWITCHBOARD_LANGUAGE=fr, with the same exit code', { timeout: 60_000 }, async () => {
    const result = await runCli(['doctor'], { ...companyEnv('language-fr'), SWITCHBOARD_LANGUAGE: 'fr' });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(lines(result.stdout)).toEqual(frenchLines('language-fr'));
  });

  it("speaks the RingCentral account's language (fr-CA) when no language is set, and SWITCHBOARD_LANGUAGE wins over it", async () => {
    await putAccountLocale('fr-CA');
    const french = await runCli(['doctor'], companyEnv('account-fr'));
    expect(french.code).toBe(0);
    expect(lines(french.stdout)).toEqual(frenchLines('account-fr'));

    const english = await runCli(['doctor'], { ...companyEnv('account-fr'), SWITCHBOARD_LANGUAGE: 'en' });
    expect(lines(english.stdout)).toContain('✓ The JWT logs in to RingCentral');
    expect(english.stdout).not.toContain('Le JWT');
  });

  it('speaks English when the read that would tell the account language fails', async () => {
    await putAccountLocale('fr-CA');
    const result = await runCli(['doctor'], { ...companyEnv('refused-fr'), RINGCENTRAL_JWT: 'eyJhbGciOiJSUzI1NiJ9.someone-elses.jwt' });
    expect(result.code).toBe(1);
    expect(lines(result.stdout)).toContain('✓ The audit trail is intact (0 entries)');
  });

  it('gives each failure and its fix in French, and in --json keeps the names while the texts are French', async () => {
    slack.addChannel({ id: APPROVAL_CHANNEL, name: 'phone-approvals', isMember: false });
    try {
      const env = { ...companyEnv('not-in-channel-fr'), SWITCHBOARD_LANGUAGE: 'fr', SWITCHBOARD_APPROVERS: 'carol,@night-managers' };
      const result = await runCli(['doctor'], env);
      expect(result.code).toBe(1);
      expect(lines(result.stdout).filter((line) => line.startsWith('✗'))).toEqual([
        `✗ Le bot n'est pas dans le canal d'approbation #phone-approvals (${APPROVAL_CHANNEL}) — invitez-le${NBSP}: tapez /invite @switchboard dans #phone-approvals`,
        `✗ Slack n'a aucun groupe d'utilisateurs @night-managers (SWITCHBOARD_APPROVERS) — vérifiez l'identifiant${NBSP}: le nom après @ dans les détails du groupe dans Slack`,
      ]);

      const json = await runCli(['doctor', '--json'], env);
      expect(json.code).toBe(1);
      const report = JSON.parse(json.stdout) as { ok: boolean; checks: Array<{ name: string; ok: boolean; detail: string; fix?: string }> };
      expect(report.ok).toBe(false);
      expect(report.checks.filter((check) => !check.ok)).toEqual([
        {
          name: 'slack.channel.approval',
          ok: false,
          detail: `Le bot n'est pas dans le canal d'approbation #phone-approvals (${APPROVAL_CHANNEL})`,
          fix: `invitez-le${NBSP}: tapez /invite @switchboard dans #phone-approvals`,
        },
        {
          name: 'slack.group.night-managers',
          ok: false,
          detail: "Slack n'a aucun groupe d'utilisateurs @night-managers (SWITCHBOARD_APPROVERS)",
          fix: `vérifiez l'identifiant${NBSP}: le nom après @ dans les détails du groupe dans Slack`,
        },
      ]);
      expect(report.checks.find((check) => check.name === 'ringcentral.login')?.detail).toBe('Le JWT se connecte à RingCentral');
    } finally {
      slack.addChannel({ id: APPROVAL_CHANNEL, name: 'phone-approvals', isMember: true });
    }
  });

  it('refuses an unknown option in French', async () => {
    const result = await runCli(['doctor', '--verbose'], { ...companyEnv('usage-fr'), SWITCHBOARD_LANGUAGE: 'fr' });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`Option inconnue «${NBSP}--verbose${NBSP}». Utilisation${NBSP}: switchboard doctor [--json]\n`);
  });
});

describe('switchboard start in French', () => {
  it('says what doctor would find wrong in SWITCHBOARD_LANGUAGE before it serves anyone', async () => {
    const { SLACK_BOT_TOKEN: _token, SLACK_APP_TOKEN: _app, SWITCHBOARD_REQUESTERS: _r, SWITCHBOARD_APPROVERS: _a, ...consoleEnv } = companyEnv('start-fr');
    const stdin = new PassThrough();
    stdin.end();
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let errors = '';
    stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    stdout.resume();
    await main(['start'], { stdin, stdout, stderr, env: { ...consoleEnv, LOG_LEVEL: 'silent', SWITCHBOARD_LANGUAGE: 'fr', RINGCENTRAL_JWT: 'eyJ.not-this-one.x' } });
    expect(errors.split('\n').slice(0, 2)).toEqual([
      `✗ RingCentral a refusé la connexion par JWT${NBSP}: Invalid resource owner credentials (OAU-140) — créez un nouvel identifiant JWT pour cette application (page Credentials de votre profil dans RingCentral) et définissez RINGCENTRAL_JWT`,
      `Lancez «${NBSP}npx switchboard doctor${NBSP}» pour voir toutes les vérifications.`,
    ]);
  });
});

describe("doctor's French wording", () => {
  it('words in French what every gateway operation is for', () => {
    for (const { permission, purpose } of GATEWAY_OPERATIONS) {
      const lacking = say('fr', DOCTOR_MESSAGES['ringcentral-permissions-lacking'], { missing: [{ permission, purposes: [purpose] }] });
      expect(lacking, purpose).not.toContain(purpose);
    }
  });

  it('shows three purposes of a permission and counts the others', () => {
    const purposes = ['create answering rules', 'change answering rules', 'delete answering rules', 'read the account', 'list the extensions'];
    expect(say('fr', DOCTOR_MESSAGES['ringcentral-permissions-lacking'], { missing: [{ permission: 'EditAccounts', purposes }] })).toBe(
      "Il manque à l'application RingCentral EditAccounts (pour créer des règles de réponse, modifier des règles de réponse, supprimer des règles de réponse et 2 autres)",
    );
  });

  it('puts the narrow no-break space before a semicolon between two of its own clauses', () => {
    expect(say('fr', DOCTOR_MESSAGES['quorum-uncounted'], { required: 2, groups: ['Leads'] })).toBe(
      `Les demandes exigent 2 approbations${NARROW}; les membres de @Leads compteront une fois que Slack aura listé les groupes`,
    );
  });
});
