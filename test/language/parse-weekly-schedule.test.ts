import { describe, expect, it } from 'vitest';
import { parseWeeklySchedule } from '../../src/language/parse-weekly-schedule.ts';

const lunch = [{ from: 720, to: 780 }];
const allDay = [{ from: 0, to: 1440 }];

describe('parseWeeklySchedule', () => {
  it.each([
    ['weekdays 12:00-13:00', { monday: lunch, tuesday: lunch, wednesday: lunch, thursday: lunch, friday: lunch }],
    ['every weekday 12-1pm', { monday: lunch, tuesday: lunch, wednesday: lunch, thursday: lunch, friday: lunch }],
    ['from 12 to 1 on weekdays', { monday: lunch, tuesday: lunch, wednesday: lunch, thursday: lunch, friday: lunch }],
    ['every Saturday', { saturday: allDay }],
    ['on weekends', { saturday: allDay, sunday: allDay }],
    ['Mondays', { monday: allDay }],
    ['Mon, Wed 8-10am', { monday: [{ from: 480, to: 600 }], wednesday: [{ from: 480, to: 600 }] }],
    ['Tue and Thu 12-1', { tuesday: lunch, thursday: lunch }],
    ['Fri-Mon 12-1', { friday: lunch, saturday: lunch, sunday: lunch, monday: lunch }],
    ['Mondays 9-12, 13-17', { monday: [{ from: 540, to: 720 }, { from: 780, to: 1020 }] }],
    ['Mon-Fri 9-5, Mon 10-18', { monday: [{ from: 540, to: 1080 }], tuesday: [{ from: 540, to: 1020 }], wednesday: [{ from: 540, to: 1020 }], thursday: [{ from: 540, to: 1020 }], friday: [{ from: 540, to: 1020 }] }],
  ])('reads "%s"', (text, weekly) => {
    expect(parseWeeklySchedule(text)).toEqual({ weekly, recurring: true });
  });

  it('splits a range that crosses midnight: the rest goes to the next day', () => {
    expect(parseWeeklySchedule('Fri 22-6')).toEqual({
      weekly: { friday: [{ from: 1320, to: 1440 }], saturday: [{ from: 0, to: 360 }] },
      recurring: false,
    });
  });

  it('wraps a Sunday night range into Monday morning', () => {
    expect(parseWeeklySchedule('every Sunday 23:00-01:00')).toEqual({
      weekly: { monday: [{ from: 0, to: 60 }], sunday: [{ from: 1380, to: 1440 }] },
      recurring: true,
    });
  });

  it('merges the split parts with the same day\'s own range', () => {
    expect(parseWeeklySchedule('weekdays 22-6')).toMatchObject({
      weekly: { tuesday: [{ from: 0, to: 360 }, { from: 1320, to: 1440 }], saturday: [{ from: 0, to: 360 }] },
    });
  });

  it('marks one plain day as not recurring, so "Friday" can mean a date elsewhere', () => {
    expect(parseWeeklySchedule('Friday 12-1')).toEqual({ weekly: { friday: lunch }, recurring: false });
  });

  it.each(['Dec 25', 'from 12 to 1', 'weekdays please', 'every 2nd Monday', 'Monday Dec 25'])('does not read "%s" as a weekly schedule', (text) => {
    expect(parseWeeklySchedule(text)).toBeNull();
  });

  it('refuses an am/pm-ambiguous range inside a schedule', () => {
    expect(parseWeeklySchedule('weekdays 1 to 5')).toMatchObject({ ok: false, code: 'time-ambiguous' });
  });
});
