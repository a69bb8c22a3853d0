import { DateTime } from 'luxon';
import { describeDay as describeDayIn, say, SLACK_MESSAGES, SLACK_MODAL_MESSAGES, type Language } from '../../i18n/index.ts';
import type { types } from '@slack/bolt';
import type { CallHandlingChange, ProposalWarning } from '../../callflow/index.ts';
import type { IntentKind } from '../../language/index.ts';
import { paginate } from '../blocks/block-parts.ts';
import { previewMessage } from '../blocks/index.ts';
import { escapeMrkdwn } from '../escape-mrkdwn.ts';
import { CONFIRM_CHANGE_CALLBACK } from './modal-ids.ts';
import { modalWords, plainText } from './modal-parts.ts';

/** What the confirmation view shows. */
export interface ConfirmationInput {
  readonly commandText: string;
  readonly zoneLine: string;
  readonly changes: ReadonlyArray<CallHandlingChange>;
  readonly warnings: ReadonlyArray<ProposalWarning>;
  /** Extra lines (plain text, escaped here), e.g. the dates of a holidays rule. */
  readonly details?: ReadonlyArray<string>;
  readonly privateMetadata: string;
  /** The change's kind when the team lets it through without approval: the view says it applies at once, and submit says Apply. */
  readonly appliesAtOnceKind?: IntentKind;
  /** The language of the person filling in the form. */
  readonly language: Language;
}

// The preview message keeps within 50 blocks; the details get the rest of a modal's 100, less a note.
const DETAIL_BLOCKS = 40;
const DETAIL_CHARS = 30_000;

/**
 * The view an editor is replaced by: the change in words and the warnings, with the same wording
 * as the `/ivr` preview, and a submit button that asks for approval (or applies a change the team
 * lets through without approval). The Intent travels in
 * `private_metadata` and is checked and planned again on submission.
 */
export function confirmationView(input: ConfirmationInput): types.ModalView {
  const { language } = input;
  const words = modalWords(language);
  const atOnce = input.appliesAtOnceKind !== undefined;
  const preview = previewMessage({
    commandText: input.commandText,
    zoneLine: input.zoneLine,
    changes: input.changes,
    warnings: input.warnings,
    actions: [],
    language: input.language,
    ...(input.appliesAtOnceKind === undefined ? {} : { appliesAtOnceKind: input.appliesAtOnceKind }),
  });
  const details = paginate((input.details ?? []).map(escapeMrkdwn), {
    maxBlocks: DETAIL_BLOCKS,
    maxChars: DETAIL_CHARS,
    more: (count) => say(language, SLACK_MESSAGES['and-more'], { count }),
  });
  return {
    type: 'modal',
    callback_id: CONFIRM_CHANGE_CALLBACK,
    title: plainText(words('confirm-title')),
    // The same words as the preview's buttons: the form submits what the button would.
    submit: plainText(say(language, SLACK_MESSAGES[atOnce ? 'apply' : 'request-approval'])),
    close: plainText(words('cancel')),
    private_metadata: input.privateMetadata,
    blocks: [
      ...preview.blocks,
      ...details,
      // The preview already says that a change the team lets through applies at once.
      ...(atOnce ? [] : [{ type: 'context' as const, elements: [{ type: 'mrkdwn' as const, text: words('confirm-note') }] }]),
    ],
  };
}

/**
 * A holidays rule's days as lines: "Fri, Jan 1, 2027: New Year's Day (substitute day)"; in French
 * the day is in French words, the holiday keeps the name the holiday data gives it.
 */
export function holidayDetails(holidays: ReadonlyArray<{ readonly name: string; readonly date: string }>, language: Language): string[] {
  const dayOf = (date: string): string => (language === 'en' ? describeDay(date) : describeDayIn(DateTime.fromISO(date, { zone: 'utc' }), language, { weekday: true }));
  return [say(language, SLACK_MODAL_MESSAGES['the-days']), ...holidays.map((holiday) => say(language, SLACK_MODAL_MESSAGES['holiday-line'], { day: dayOf(holiday.date), name: holiday.name }))];
}

// Spelled by hand, like the language's rule names, so the dates read the same on every host.
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function describeDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const weekday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
  return `${DAYS[weekday] ?? ''}, ${MONTHS[month - 1] ?? ''} ${day}, ${year}`;
}
