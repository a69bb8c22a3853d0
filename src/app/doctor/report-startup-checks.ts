import { writeLine, type CliIo } from '../../console/index.ts';
import { defaultLanguage, DOCTOR_MESSAGES, say } from '../../i18n/index.ts';
import type { Settings } from '../load-settings.ts';
import { formatCheck } from './check.ts';
import { namedGroups } from './policy-checks.ts';
import { checkRingCentral } from './ringcentral-checks.ts';

/**
 * What `npm start` checks before it serves anyone: the RingCentral login and the app's
 * permissions (two requests, no read), and the Slack token, scopes, channels and groups. Only
 * failures are printed, on stderr, and the start goes on: a person may be fixing them meanwhile.
 * The database and the policy are checked by the start itself; the audit trail by `doctor`. The
 * lines are in SWITCHBOARD_LANGUAGE, else English: without the read, the account's is not known.
 */
export async function reportStartupChecks(settings: Settings, io: CliIo): Promise<void> {
  // The demo company is no company's setup, and its announcement must stay the first line printed.
  if (settings.ringCentral.kind !== 'account') return;
  const slack = settings.slack;
  const [ringCentral, slackChecks] = await Promise.all([
    checkRingCentral(settings.ringCentral, { read: false }),
    slack === undefined ? undefined : import('./slack-checks.ts').then(({ checkSlack }) => checkSlack(slack, namedGroups(settings.policy.kind === 'team' ? settings.policy : {}, slack.managersGroup), [])),
  ]);
  const failed = [...ringCentral.checks, ...(slackChecks?.checks ?? [])].filter((check) => !check.ok);
  if (failed.length === 0) return;
  const language = defaultLanguage(settings.language, ringCentral.accountLocale);
  for (const check of failed) writeLine(io.stderr, formatCheck(check, language));
  writeLine(io.stderr, say(language, DOCTOR_MESSAGES['startup-see-doctor']));
}
