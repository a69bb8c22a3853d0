import type { types } from '@slack/bolt';
import { DateTime } from 'luxon';
import { say, SLACK_MODAL_MESSAGES, type Language } from '../../i18n/index.ts';
import { parseCommand, refusalMessage } from '../../language/index.ts';
import { canRequest, type Actor } from '../../workflow/index.ts';
import type { SlackClient, SlackContext } from '../slack-context.ts';
import { holidayEditorView } from './holiday-editor-view.ts';
import { hoursEditorView } from './hours-editor-view.ts';
import { editorMetadata } from './modal-metadata.ts';
import { HOLIDAY_EDITOR_CALLBACK, HOURS_EDITOR_CALLBACK, ROUTE_EDITOR_CALLBACK } from './modal-ids.ts';
import { loadingView, modalWords } from './modal-parts.ts';
import { routeDraftOf, routeEditorView } from './route-editor-view.ts';

/** Where an editor is opened from: the interaction's trigger id, who, what they typed, and where. */
export interface EditorRequest {
  readonly triggerId: string;
  readonly actor: Actor;
  /** What follows `edit`: '', 'hours', 'holidays', or a command to prefill the form with. */
  readonly text: string;
  /** The conversation to tell the outcome in, when there is one. */
  readonly channel?: string;
}

/** The sentence, in their language, for someone who may not use the editors, or undefined when they may. */
export async function editRefusal(context: SlackContext, actor: Actor): Promise<string | undefined> {
  if (await canRequest(context.policy, actor, context.groups)) return undefined;
  return say(await context.languages.languageOf(actor.id), SLACK_MODAL_MESSAGES['editors-closed']);
}

const HOURS_TEXT = /^(?:business\s+)?hours\b/i;
const HOLIDAYS_TEXT = /^(?:public\s+)?holidays?\b/i;

/**
 * Opens the editor for `/ivr edit …` or the preview's Edit button: a loading view at once (the
 * trigger id lasts 3 s), then RingCentral is read and the prefilled editor replaces it. Returns
 * a refusal to show instead, when the user may not edit.
 */
export async function openEditor(context: SlackContext, client: SlackClient, request: EditorRequest): Promise<string | undefined> {
  const refusal = await editRefusal(context, request.actor);
  if (refusal !== undefined) return refusal;
  const text = request.text.trim();
  const kind = HOURS_TEXT.test(text) ? 'hours' : HOLIDAYS_TEXT.test(text) ? 'holidays' : 'route';
  const language = await context.languages.languageOf(request.actor.id);
  const words = modalWords(language);
  const [callback, title] =
    kind === 'hours'
      ? [HOURS_EDITOR_CALLBACK, words('hours-title')]
      : kind === 'holidays'
        ? [HOLIDAY_EDITOR_CALLBACK, words('holidays-title')]
        : [ROUTE_EDITOR_CALLBACK, words('route-title')];
  const opened = await client.views.open({ trigger_id: request.triggerId, view: loadingView(callback, title, language) });
  const viewId = opened.view?.id;
  if (viewId === undefined) return undefined;
  let view: types.ModalView;
  try {
    view = await buildEditor(context, language, kind, text, editorMetadata(request.channel === undefined ? {} : { channel: request.channel }));
  } catch (error) {
    context.logger.error({ err: error }, 'could not open the editor');
    view = loadingView(callback, title, language, say(language, SLACK_MODAL_MESSAGES['read-failed'], { why: (error as Error).message.slice(0, 500) }));
  }
  await client.views.update({ view_id: viewId, ...(opened.view?.hash === undefined ? {} : { hash: opened.view.hash }), view });
  return undefined;
}

async function buildEditor(context: SlackContext, language: Language, kind: 'hours' | 'holidays' | 'route', text: string, metadata: string): Promise<types.ModalView> {
  const handling = await context.gateway.readCallHandling();
  const now = DateTime.fromJSDate(context.now()).setZone(handling.timeZone);
  // "edit hours" and "edit holidays" open the editor as things are; any other text is a command to prefill with.
  const parsed = kind === 'route' && text === '' ? undefined : /^(?:(?:business\s+)?hours|(?:public\s+)?holidays?)$/i.test(text) ? undefined : parseCommand(text, { ...handling, now }, { language });
  const intent = parsed?.ok ? parsed.intent : undefined;
  if (kind === 'hours') return hoursEditorView(intent?.kind === 'set-business-hours' ? intent.businessHours : handling.businessHours, handling.timeZone, metadata, language);
  if (kind === 'holidays') {
    const draft = intent?.kind === 'holidays' ? { country: intent.country, year: intent.year, ...(intent.region === undefined ? {} : { region: intent.region }) } : {};
    return holidayEditorView(draft, now.year, metadata, language);
  }
  if (parsed === undefined) return routeEditorView({}, handling, metadata, language);
  if (!parsed.ok) {
    const why = refusalMessage(parsed.code, parsed.text, parsed.candidates, language);
    return routeEditorView({ note: say(language, SLACK_MODAL_MESSAGES['could-not-prefill'], { why }) }, handling, metadata, language);
  }
  if (parsed.intent.kind !== 'route' && parsed.intent.kind !== 'add-rule') {
    return routeEditorView({ note: say(language, SLACK_MODAL_MESSAGES['not-a-route'], { text: text.slice(0, 200) }) }, handling, metadata, language);
  }
  return routeEditorView(routeDraftOf(parsed.intent, handling.timeZone), handling, metadata, language);
}
