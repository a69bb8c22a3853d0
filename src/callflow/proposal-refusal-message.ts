import type { ProposalRefusalCode } from './proposed-change.ts';

/** The one-line message for a change that cannot be made: what is wrong and what to do instead. */
export function proposalRefusalMessage(code: ProposalRefusalCode, id?: string): string {
  switch (code) {
    case 'after-hours-missing':
      return 'The company is open 24/7, so there is no after-hours rule. Set business hours first, e.g. "hours Mon-Fri 9-5".';
    case 'unsupported-request':
      return 'Switchboard cannot make this change yet: the main site\'s 0 key (no public RingCentral API; use Phone System > Auto-Receptionist > IVR Settings in the admin portal).';
    case 'rule-not-found':
      return `There is no rule with id ${id ?? '?'} any more. Type "rules" to list them.`;
    case 'menu-not-found':
      return `There is no IVR menu with id ${id ?? '?'} any more. Check the menu's name.`;
    case 'no-matching-queue':
      return 'No call queue has exactly these members. Create one in the RingCentral admin portal (Phone System > Groups > Call Queues) with them, then try again.';
    case 'queue-not-found':
      return `There is no call queue with id ${id ?? '?'} any more. Check the queue's name.`;
    case 'date-range-invalid':
      return 'That date range is empty or ends before it starts. Put the start first, e.g. "from Dec 24 5pm to Dec 26 9am".';
    case 'date-range-ended':
      return 'Every date in that change is already over. Give dates still to come.';
    case 'greeting-in-multi-level-ivr':
      return 'This account uses multi-level IVR (business hours go straight to an IVR menu), where RingCentral refuses the company greeting in a rule (AWR-182). Name an IVR menu or an extension instead, e.g. "route to ext 102".';
  }
}
