import { describeDateRange, describeDestination, describeWeeklySchedule, type CallHandling } from '../../callflow/index.ts';
import type { ChangeIntent, RouteTarget } from '../../language/index.ts';

/**
 * A change made in a form, in words like a typed command, for the request, the approval message
 * and the audit trail: "route to Main Voicemail (ext 300) on Dec 25, 2026 (form)".
 */
export function describeFormCommand(intent: ChangeIntent, directory: Pick<CallHandling, 'extensions' | 'ivrMenus' | 'timeZone'>): string {
  switch (intent.kind) {
    case 'route':
      return `route ${intent.rule === 'business-hours' ? 'business hours' : 'after hours'} to ${describeTarget(intent.target, directory)} (form)`;
    case 'add-rule': {
      const { schedule } = intent;
      const when =
        schedule.kind === 'dates'
          ? ` on ${schedule.ranges.map((range) => describeDateRange(range, directory.timeZone)).join(', ')}`
          : schedule.kind === 'weekly'
            ? ` ${describeWeeklySchedule(schedule.weekly)}`
            : '';
      const callers = intent.callers.length === 0 ? '' : ` calls from ${intent.callers.join(', ')}`;
      const name = intent.name === undefined ? '' : ` as "${intent.name}"`;
      return `route${callers} to ${describeTarget(intent.target, directory)}${when}${name} (form)`;
    }
    case 'set-business-hours':
      return `hours ${describeWeeklySchedule(intent.businessHours)} (form)`;
    case 'holidays':
      return `holidays ${intent.country}${intent.region === undefined ? '' : `-${intent.region}`} ${intent.year}`;
    default:
      return `${intent.kind} (form)`;
  }
}

function describeTarget(target: RouteTarget, directory: Pick<CallHandling, 'extensions' | 'ivrMenus'>): string {
  if (target.kind === 'users') return `${target.extensionIds.length} users`;
  return describeDestination(directory, target);
}
