import { say, SLACK_MESSAGES, type Language } from '../i18n/index.ts';
import type { Actor } from '../workflow/index.ts';
import { compareWithAuditChannel } from './compare-with-audit-channel.ts';
import type { SlackContext } from './slack-context.ts';

/**
 * `/ivr audit verify`: the trail's own check, then, when SWITCHBOARD_AUDIT_CHANNEL is set, the
 * chain heads posted there, which alone show newest entries removed from the database.
 */
export async function answerAuditVerify(context: SlackContext, actor: Actor, language: Language): Promise<string> {
  const verified = await context.workflow.verifyAudit(actor);
  if (!verified.ok) return verified.message[language];
  const result = verified.value;
  if (!result.ok) return result.message;
  const intact = say(language, SLACK_MESSAGES['audit-intact'], { entries: result.entries });
  const channel = context.slack.auditChannel;
  if (channel === undefined) return intact;
  const compared = await compareWithAuditChannel(context.client, channel, context.stores.audit, language);
  return compared.kind === 'differs' ? compared.message : `${intact} ${compared.message}`;
}
