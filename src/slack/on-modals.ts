import type { App, BlockAction, ButtonAction, ViewSubmitAction } from '@slack/bolt';
import { DateTime } from 'luxon';
import { REQUEST_MESSAGES, say, SLACK_MESSAGES, SLACK_MODAL_MESSAGES, type Language } from '../i18n/index.ts';
import { describeTimeZone, proposalRefusalMessage, type CallHandling, type ProposalRefusal } from '../callflow/index.ts';
import { parseCommand, refusalMessage, type ChangeIntent } from '../language/index.ts';
import { letsThroughWithoutApproval, type DraftedChange, type WorkflowOutcome } from '../workflow/index.ts';
import { EDIT_REQUEST_ACTION, outcomeText, type SlackMessage } from './blocks/index.ts';
import { describeFailure } from './describe-failure.ts';
import {
  CONFIRM_CHANGE_CALLBACK,
  confirmationView,
  confirmMetadata,
  cutPlain,
  describeFormCommand,
  findCountryOptions,
  findTargetOptions,
  HOLIDAY_BLOCKS,
  HOLIDAY_COUNTRY_ACTION,
  HOLIDAY_EDITOR_CALLBACK,
  holidayBlockOf,
  holidayDetails,
  HOURS_EDITOR_CALLBACK,
  hoursBlockId,
  parseConfirmMetadata,
  parseEditorMetadata,
  parseViewState,
  readHolidayForm,
  readHoursForm,
  readRouteForm,
  ROUTE_BLOCKS,
  ROUTE_EDITOR_CALLBACK,
  ROUTE_TARGET_ACTION,
  type FieldErrors,
  type ViewState,
} from './modals/index.ts';
import { editRefusal, openEditor } from './modals/open-editor.ts';
import { draftPreviewMessage } from './on-ivr-command.ts';
import { afterWorkflowOutcome } from './refresh-after-outcome.ts';
import { slackActor } from './slack-actor.ts';
import type { SlackClient, SlackContext } from './slack-context.ts';

export { openEditor } from './modals/open-editor.ts';

// Type-ahead asks for options at each pause in typing; the directory is read at most this often.
const DIRECTORY_TTL_MS = 30_000;
// Slack shows field errors under the input; long ones are cut.
const ERROR_CHARS = 300;

/** What a submitted editor turns into: a change and its command text, or the fields at fault. */
type EditorResult =
  | { readonly ok: true; readonly intent: ChangeIntent; readonly text: string; readonly details?: ReadonlyArray<string> }
  | { readonly ok: false; readonly errors: FieldErrors };

/**
 * The editor modals: the preview's Edit button, type-ahead for the route target and the holiday
 * country, each editor's submission (errors on the field at fault, else a confirmation view), and
 * the confirmation's submission, which asks for approval like the preview's button does.
 */
export function registerModals(app: App, context: SlackContext): void {
  const readDirectory = createDirectoryCache(context);

  app.action<BlockAction<ButtonAction>>(EDIT_REQUEST_ACTION, async ({ ack, body, action, client, respond }) => {
    await ack();
    const channel = body.channel?.id ?? body.container?.channel_id;
    const refusal = await openEditor(context, client, { triggerId: body.trigger_id, actor: slackActor(body.user), text: action.value ?? '', ...(channel ? { channel } : {}) });
    if (refusal !== undefined) await respond({ response_type: 'ephemeral', replace_original: false, text: refusal });
  });

  app.options(ROUTE_TARGET_ACTION, async ({ ack, body }) => {
    if ((await editRefusal(context, slackActor(body.user))) !== undefined) return ack({ options: [] });
    await ack({ options: findTargetOptions(await readDirectory(), body.value, await context.languages.languageOf(body.user.id)) });
  });

  app.options(HOLIDAY_COUNTRY_ACTION, async ({ ack, body }) => {
    await ack({ options: findCountryOptions(body.value) });
  });

  const editor = (callbackId: string, firstBlock: string, read: (state: ViewState, handling: CallHandling, now: DateTime, language: Language) => EditorResult) => {
    app.view<ViewSubmitAction>(callbackId, async ({ ack, body, view }) => {
      const refusal = await editRefusal(context, slackActor(body.user));
      if (refusal !== undefined) return ack({ response_action: 'errors', errors: { [firstBlock]: cutPlain(refusal, ERROR_CHARS) } });
      const handling = await context.gateway.readCallHandling();
      const now = DateTime.fromJSDate(context.now()).setZone(handling.timeZone);
      const language = await context.languages.languageOf(body.user.id);
      const result = read(parseViewState(view.state.values), handling, now, language);
      if (!result.ok) return ack({ response_action: 'errors', errors: cutErrors(result.errors) });
      const { channel } = parseEditorMetadata(view.private_metadata);
      const atOnce = letsThroughWithoutApproval(context.policy, result.intent.kind);
      const preview = await context.workflow.draftChange({ text: result.text, intent: result.intent, author: slackActor(body.user), handling, at: now });
      await ack(confirmAnswer(handling, now, result, preview, { channel, errorBlock: firstBlock, atOnce, language }));
    });
  };

  editor(ROUTE_EDITOR_CALLBACK, ROUTE_BLOCKS.target, (state, handling, now, language) => {
    const form = readRouteForm(state, handling, now, language);
    return form.ok ? { ok: true, intent: form.value, text: describeFormCommand(form.value, handling) } : form;
  });

  editor(HOURS_EDITOR_CALLBACK, hoursBlockId('monday', 0, 'from'), (state, handling, _now, language) => {
    const form = readHoursForm(state, language);
    return form.ok ? { ok: true, intent: form.value, text: describeFormCommand(form.value, handling) } : form;
  });

  editor(HOLIDAY_EDITOR_CALLBACK, HOLIDAY_BLOCKS.country, (state, handling, now, language) => {
    const form = readHolidayForm(state, language);
    if (!form.ok) return form;
    // The language reads the composed command, so the holidays are the ones `/ivr holidays …` gives.
    const parsed = parseCommand(form.value, { ...handling, now });
    if (!parsed.ok) return { ok: false, errors: { [holidayBlockOf(parsed.code)]: refusalMessage(parsed.code, parsed.text, parsed.candidates, language) } };
    if (parsed.intent.kind !== 'holidays') return { ok: false, errors: { [HOLIDAY_BLOCKS.country]: say(language, SLACK_MODAL_MESSAGES['choose-country']) } };
    return { ok: true, intent: parsed.intent, text: form.value, details: holidayDetails(parsed.intent.holidays, language) };
  });

  app.view<ViewSubmitAction>(CONFIRM_CHANGE_CALLBACK, async ({ ack, body, view, client }) => {
    // The modal closes at once; RingCentral is read again and the outcome is told in a message.
    await ack();
    const actor = slackActor(body.user);
    const metadata = parseConfirmMetadata(view.private_metadata);
    const language = await context.languages.languageOf(actor.id);
    let outcome: WorkflowOutcome | string;
    try {
      if (metadata === undefined) outcome = say(language, SLACK_MODAL_MESSAGES['form-unreadable']);
      else outcome = await context.workflow.requestDraft(metadata.draftId, actor);
    } catch (error) {
      outcome = describeFailure(error, context.logger, 'a change from a form failed', language);
    }
    // RingCentral changed under the confirmation: the change as it would be now, with its own button.
    const redraft = typeof outcome === 'string' ? undefined : outcome.redraft;
    const message =
      redraft !== undefined && typeof outcome !== 'string'
        ? await draftPreviewMessage(context, actor, redraft, language, outcome.message[language])
        : { text: typeof outcome === 'string' ? outcome : outcomeText(outcome, language) };
    await tellUser(context, client, actor.id, metadata?.channel, message);
    if (typeof outcome !== 'string' && redraft === undefined) await afterWorkflowOutcome(context, outcome);
  });
}

/**
 * The answer to a valid editor: the confirmation view in place of the editor, or an error on
 * `errorBlock` when RingCentral refuses the change, nothing would change, or the change is too
 * large to carry to the approval step.
 */
function confirmAnswer(
  handling: CallHandling,
  now: DateTime,
  result: Extract<EditorResult, { ok: true }>,
  proposal: DraftedChange | ProposalRefusal,
  { channel, errorBlock, atOnce, language }: { readonly channel: string | undefined; readonly errorBlock: string; readonly atOnce: boolean; readonly language: Language },
) {
  const errors = (message: string) => ({ response_action: 'errors' as const, errors: { [errorBlock]: cutPlain(message, ERROR_CHARS) } });
  if (!proposal.ok) return errors(proposalRefusalMessage(proposal.code, proposal.id, language));
  if (proposal.draftId === undefined) return errors(say(language, REQUEST_MESSAGES['already-like-that']));
  const metadata = confirmMetadata({ draftId: proposal.draftId, ...(channel === undefined ? {} : { channel }) });
  return {
    response_action: 'update' as const,
    view: confirmationView({
      commandText: result.text,
      zoneLine: say(language, SLACK_MESSAGES['times-in'], { zone: describeTimeZone(handling.timeZone, now, language) }),
      changes: proposal.changes,
      warnings: proposal.warnings,
      ...(result.details === undefined ? {} : { details: result.details }),
      privateMetadata: metadata,
      language,
      ...(atOnce ? { appliesAtOnceKind: result.intent.kind } : {}),
    }),
  };
}

/** The outcome to the user: an ephemeral note where the editor was opened, else a direct message. */
async function tellUser(context: SlackContext, client: SlackClient, user: string, channel: string | undefined, message: { readonly text: string; readonly blocks?: SlackMessage['blocks'] }): Promise<void> {
  const { text } = message;
  const blocks = message.blocks === undefined ? undefined : [...message.blocks];
  if (channel !== undefined) {
    try {
      await client.chat.postEphemeral({ channel, user, text, ...(blocks === undefined ? {} : { blocks }) });
      return;
    } catch (error) {
      context.logger.info({ err: error }, 'could not answer in the channel; sending a direct message');
    }
  }
  try {
    await client.chat.postMessage({ channel: user, text, ...(blocks === undefined ? {} : { blocks }) });
  } catch (error) {
    context.logger.warn({ err: error }, 'could not tell the user the outcome of a form');
  }
}

function cutErrors(errors: FieldErrors): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([block, message]) => [block, cutPlain(message, ERROR_CHARS)]));
}

/** The company directory for type-ahead, read again after `DIRECTORY_TTL_MS` or a failed read. */
function createDirectoryCache(context: SlackContext): () => Promise<CallHandling> {
  let cached: { readonly at: number; readonly value: Promise<CallHandling> } | undefined;
  return () => {
    const now = context.now().getTime();
    if (cached === undefined || now - cached.at > DIRECTORY_TTL_MS || now < cached.at) {
      const value = context.gateway.readCallHandling();
      const entry = { at: now, value };
      cached = entry;
      value.catch(() => {
        if (cached === entry) cached = undefined;
      });
    }
    return cached.value;
  };
}
