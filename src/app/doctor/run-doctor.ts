import type { Config } from '../../config.ts';
import { defaultLanguage, type Language } from '../../i18n/index.ts';
import type { Check } from './check.ts';
import { checkDatabase } from './database-checks.ts';
import { checkPolicy, namedGroups, quorumCheck } from './policy-checks.ts';
import { checkRingCentral } from './ringcentral-checks.ts';

/** Every check of `doctor`, and the one language the report is printed in. */
export interface DoctorReport {
  readonly checks: ReadonlyArray<Check>;
  readonly language: Language;
}

/**
 * Every check of `doctor`, in the order they are printed: RingCentral, Slack (when configured),
 * the database, the policy. The database is looked at first, as the Slack lines mention what its
 * outbox gave up on; RingCentral and Slack are then asked at the same time. The language is
 * SWITCHBOARD_LANGUAGE, else the account's as the RingCentral read found it, else English: known
 * only once every check ran, so the whole report is in one language.
 */
export async function runDoctor(config: Config): Promise<DoctorReport> {
  const policy = checkPolicy(config);
  const database = await checkDatabase(config, { verifyAudit: true });
  const slackConfig = config.slack;
  const [ringCentral, slack] = await Promise.all([
    checkRingCentral(config.ringCentral, { read: true }),
    // Imported only when Slack is set, so a console-only install never loads Bolt.
    slackConfig === undefined ? undefined : import('./slack-checks.ts').then(({ checkSlack }) => checkSlack(slackConfig, namedGroups(config.approvals, slackConfig.managersGroup), database.givenUp)),
  ]);
  const quorum = policy.policy?.kind === 'team' ? [quorumCheck(policy.policy, slack?.groupMembers)] : [];
  return {
    checks: [...ringCentral.checks, ...(slack?.checks ?? []), ...database.checks, ...policy.checks, ...quorum],
    language: defaultLanguage(config.language, ringCentral.accountLocale),
  };
}
