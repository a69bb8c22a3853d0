import { PROPOSAL_REFUSAL_MESSAGES, say, type Language } from '../i18n/index.ts';
import type { ProposalRefusalCode } from './proposed-change.ts';

/**
 * The one-line message for a change that cannot be made, in the reader's language: what is wrong
 * and what to do instead. `id` is the rule, menu or queue that is gone, when there is one.
 */
export function proposalRefusalMessage(code: ProposalRefusalCode, id?: string, language: Language = 'en'): string {
  return say(language, PROPOSAL_REFUSAL_MESSAGES[code], id === undefined ? {} : { id });
}
