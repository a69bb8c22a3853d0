import type { types } from '@slack/bolt';
import type { CallHandlingChange, ProposalWarning } from '../../callflow/index.ts';
import type { IntentKind } from '../../language/index.ts';
import { paginate } from '../blocks/block-parts.ts';
import { previewMessage } from '../blocks/index.ts';
import { escapeMrkdwn } from '../escape-mrkdwn.ts';
import { CONFIRM_CHANGE_CALLBACK } from './modal-ids.ts';
import { plainText } from './modal-parts.ts';

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
  const atOnce = input.appliesAtOnceKind !== undefined;
  const preview = previewMessage({
    commandText: input.commandText,
    zoneLine: input.zoneLine,
    changes: input.changes,
    warnings: input.warnings,
    actions: [],
    ...(input.appliesAtOnceKind === undefined ? {} : { appliesAtOnceKind: input.appliesAtOnceKind }),
  });
  const details = paginate((input.details ?? []).map(escapeMrkdwn), { maxBlocks: DETAIL_BLOCKS, maxChars: DETAIL_CHARS, more: (hidden) => `…and ${hidden} more` });
  return {
    type: 'modal',
    callback_id: CONFIRM_CHANGE_CALLBACK,
    title: plainText('Confirm the change'),
    submit: plainText(atOnce ? 'Apply' : 'Request approval'),
    close: plainText('Cancel'),
    private_metadata: input.privateMetadata,
    blocks: [
      ...preview.blocks,
      ...details,
      // The preview already says that a change the team lets through applies at once.
      ...(atOnce ? [] : [{ type: 'context' as const, elements: [{ type: 'mrkdwn' as const, text: 'Request approval posts this change for an approver; nothing changes in RingCentral until it is approved.' }] }]),
    ],
  };
}

/** A holidays rule's days as lines: "Fri, Jan 1, 2027: New Year's Day (substitute day)". */
export function holidayDetails(holidays: ReadonlyArray<{ readonly name: string; readonly date: string }>): string[] {
  return ['*The days:*', ...holidays.map((holiday) => `• ${describeDay(holiday.date)}: ${holiday.name}`)];
}

// Spelled by hand, like the language's rule names, so the dates read the same on every host.
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function describeDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const weekday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
  return `${DAYS[weekday] ?? ''}, ${MONTHS[month - 1] ?? ''} ${day}, ${year}`;
}
