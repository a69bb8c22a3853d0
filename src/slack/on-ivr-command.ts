import type { App } from '@slack/bolt';
import { DateTime } from 'luxon';
import { describeTimeZone, proposalRefusalMessage } from '../callflow/index.ts';
import { READING_MESSAGES, REQUEST_MESSAGES, say, SLACK_MESSAGES, type Language } from '../i18n/index.ts';
import { commandReference, isChangeIntent, parseCommand, refusalMessage, type Intent } from '../language/index.ts';
import { canApprove, canRequest, isQuestion, letsThroughWithoutApproval, questionAnswerLines, type Actor, type Redraft } from '../workflow/index.ts';
import { answerWeek } from './answer-week.ts';
import { MESSAGE_BLOCK_LIMIT } from './block-kit-limits.ts';
import { context as contextBlock } from './blocks/block-parts.ts';
import { answerMessage, helpMessage, previewMessage, type SlackMessage } from './blocks/index.ts';
import { carryOutWorkflowCommand } from './carry-out-workflow-command.ts';
import { describeFailure } from './describe-failure.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { openEditor } from './modals/open-editor.ts';
import { slackActor } from './slack-actor.ts';
import type { SlackContext } from './slack-context.ts';

/** How one `/ivr` command ended, for metrics: the intent's kind (`help`, `edit`, `unknown` before one is read) and the outcome. */
export interface IvrCommandOutcome {
  readonly kind: string;
  readonly outcome: 'answered' | 'refused' | 'failed';
}

/** Hears how each `/ivr` command ended; src/app/ counts them. */
export type IvrCommandListener = (outcome: IvrCommandOutcome) => void;

/** The reply to one `/ivr` text, and what it was. */
interface IvrAnswer extends IvrCommandOutcome {
  readonly message: { text: string; blocks?: unknown[] };
}

/**
 * `/ivr <command>` (and `/ivr-dev`): acknowledged at once, then RingCentral is read and the answer
 * goes back through response_url: help, an answer, a refusal, the outcome of a workflow command,
 * or the preview of a change with a Request approval button (Apply for a kind the team lets
 * through without approval).
 */
export function registerIvrCommand(app: App, context: SlackContext, onCommand: IvrCommandListener = () => {}): void {
  app.command(/^\/ivr(-dev)?$/, async ({ command, ack, respond, client }) => {
    await ack();
    const actor = slackActor({ id: command.user_id, name: command.user_name });
    try {
      // `edit`, `edit hours`, `edit holidays` and `edit <command>` open an editor modal.
      const edit = /^edit(?:\s+([\s\S]*))?$/i.exec(command.text.trim());
      if (edit) {
        const refusal = await openEditor(context, client, { triggerId: command.trigger_id, actor, text: edit[1] ?? '', channel: command.channel_id });
        if (refusal !== undefined) await respond({ response_type: 'ephemeral', text: refusal });
        onCommand({ kind: 'edit', outcome: refusal === undefined ? 'answered' : 'refused' });
        return;
      }
      const answer = await answerIvrCommand(context, actor, command.text.trim(), command.channel_id);
      await respond({ response_type: 'ephemeral', ...answer.message });
      onCommand({ kind: answer.kind, outcome: answer.outcome });
    } catch (error) {
      onCommand({ kind: 'unknown', outcome: 'failed' });
      const language = await context.languages.languageOf(actor.id);
      await respond({ response_type: 'ephemeral', text: describeFailure(error, context.logger.child({ command: command.text }), 'the /ivr command failed', language) });
    }
  });
}

/** The reply to one `/ivr` text typed in `channel`; `week` also posts its picture there. */
async function answerIvrCommand(context: SlackContext, actor: Actor, text: string, channel: string): Promise<IvrAnswer> {
  if (/^(?:help|aide|)$/i.test(text)) {
    // Help needs no call handling: the person's own Slack language, else the configured one.
    const language = await context.languages.languageOf(actor.id);
    const [mayRequest, mayApprove] = await Promise.all([
      canRequest(context.policy, actor, context.groups),
      canApprove(context.policy, actor, context.groups),
    ]);
    return { kind: 'help', outcome: 'answered', message: helpMessage(commandReference(language), mayRequest, mayApprove, language) };
  }
  const reader = await context.workflow.checkReader(actor);
  const language = await context.languages.languageOf(actor.id);
  if (!reader.ok) return { kind: 'unknown', outcome: 'refused', message: { text: reader.message[language] } };
  const handling = await context.gateway.readCallHandling();
  const now = DateTime.fromJSDate(context.now()).setZone(handling.timeZone);
  const parsed = parseCommand(text, { ...handling, now }, { language });
  if (!parsed.ok) return { kind: 'unknown', outcome: 'refused', message: { text: refusalMessage(parsed.code, parsed.text, parsed.candidates, language) } };
  const intent: Intent = parsed.intent;
  // Read in the other language: the answer says so first, so a misreading is noticed.
  const readNote = parsed.language === language ? undefined : say(language, READING_MESSAGES['read-in-other-language'], { read: parsed.language });
  const answered = (message: IvrAnswer['message']): IvrAnswer => ({ kind: intent.kind, outcome: 'answered', message: readNote === undefined ? message : withLeadNote(message, readNote) });
  if (intent.kind === 'week') return answered(await answerWeek(context.client, { intent, handling, now, channel, language }));
  if (isQuestion(intent)) return answered(answerMessage(questionAnswerLines(intent, handling, now, language), language));
  if (!isChangeIntent(intent)) return answered(await carryOutWorkflowCommand(context, actor, intent, handling, now, language));
  // Planned as the workflow will plan it, so `open` previews exactly the closure rules it deletes.
  const preview = await context.workflow.draftChange({ text, intent, author: actor, handling, at: now });
  if (!preview.ok) return { kind: intent.kind, outcome: 'refused', message: { text: proposalRefusalMessage(preview.code, preview.id, language) } };
  if (preview.draftId === undefined) return answered({ text: say(language, REQUEST_MESSAGES['already-like-that']) });
  return answered(await draftPreviewMessage(context, actor, { commandText: text, kind: intent.kind, timeZone: handling.timeZone, at: now, preview }, language));
}

/** The preview of a drafted change, with the buttons this person may use; `lead` says why it is shown (again). */
export async function draftPreviewMessage(context: SlackContext, actor: Actor, redraft: Redraft, language: Language, lead?: string): Promise<SlackMessage> {
  const { preview, kind } = redraft;
  return previewMessage({
    commandText: redraft.commandText,
    zoneLine: say(language, SLACK_MESSAGES['times-in'], { zone: describeTimeZone(redraft.timeZone, redraft.at, language) }),
    changes: preview.changes,
    warnings: preview.warnings,
    actions: (await canRequest(context.policy, actor, context.groups)) ? ['request-approval', 'show-week', 'edit', 'cancel'] : ['show-week', 'cancel'],
    ...(preview.draftId === undefined ? {} : { draftId: preview.draftId }),
    ...(lead === undefined ? {} : { lead }),
    ...(letsThroughWithoutApproval(context.policy, kind) ? { appliesAtOnceKind: kind } : {}),
    language,
  });
}

/** `message` with `note` first: on its own line in the text, and as a context block above the blocks when there is room. */
function withLeadNote(message: IvrAnswer['message'], note: string): IvrAnswer['message'] {
  const text = `${note}\n${message.text}`;
  if (message.blocks === undefined) return { text };
  const blocks = message.blocks.length < MESSAGE_BLOCK_LIMIT ? [contextBlock(escapeMrkdwn(note)), ...message.blocks] : message.blocks;
  return { text, blocks };
}
