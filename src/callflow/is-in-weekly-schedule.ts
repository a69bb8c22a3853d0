import type { DateTime } from 'luxon';
import { WEEKDAYS, type WeeklySchedule } from './model.ts';

/**
 * Whether the instant `at` falls in a weekly schedule read as wall-clock time in `timeZone`,
 * whatever zone `at` itself carries.
 */
export function isInWeeklySchedule(weekly: WeeklySchedule, at: DateTime, timeZone: string): boolean {
  // Wall-clock minutes, not elapsed minutes since midnight: on a fall-back day both 01:30s read
  // 01:30 and both match a 01:00–03:00 range; on a spring-forward day no instant reads 02:xx.
  const local = at.setZone(timeZone);
  const day = WEEKDAYS[local.weekday - 1];
  if (day === undefined) return false;
  const minute = local.hour * 60 + local.minute;
  return (weekly[day] ?? []).some((range) => range.from <= minute && minute < range.to);
}
