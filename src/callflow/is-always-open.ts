import { WEEKDAYS, type WeeklySchedule } from './model.ts';

/** Whether business hours are 24/7, which RingCentral stores as an empty weekly schedule. */
export function isAlwaysOpen(businessHours: WeeklySchedule): boolean {
  return WEEKDAYS.every((day) => (businessHours[day] ?? []).length === 0);
}
