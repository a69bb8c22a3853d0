import type { CallHandling, CustomRule, WeeklySchedule } from '../../../src/callflow/index.ts';

/**
 * One change of the schedule: a command in words, a change of several writes that no single
 * command makes (so a fault can land half-way and force a rollback), an undo of the latest
 * applied change, or a change whose applier "dies" half-way and is recovered at the next start.
 */
export type ChangeStep =
  | { readonly kind: 'command'; readonly text: string }
  | { readonly kind: 'compound'; readonly text: string; readonly build: (handling: CallHandling) => CallHandling }
  | { readonly kind: 'undo' }
  | {
      readonly kind: 'interrupted';
      readonly text: string;
      readonly build: (handling: CallHandling) => CallHandling;
      /** How many of its writes the dead process got done: some (then it is rolled back) or all. */
      readonly writesDone: 'some' | 'all';
    };

const command = (text: string): ChangeStep => ({ kind: 'command', text });
const undo: ChangeStep = { kind: 'undo' };

function weekdays(from: number, to: number): WeeklySchedule {
  const day = [{ from, to }];
  return { monday: day, tuesday: day, wednesday: day, thursday: day, friday: day };
}

function dayRule(name: string, day: string): CustomRule {
  return {
    id: 'new-1',
    name,
    enabled: true,
    schedule: { kind: 'dates', ranges: [{ from: `${day}T00:00:00.000-05:00`, to: `${day}T23:59:00.000-05:00` }] },
    callers: [],
    calledNumbers: [],
    destination: { kind: 'greeting-then-hang-up' },
  };
}

/** Business hours, the after-hours destination and a new rule: three writes, in that order. */
function threeWrites(ruleName: string, day: string, hours: WeeklySchedule) {
  return (handling: CallHandling): CallHandling => {
    const holidayMessage = handling.extensions.find((extension) => extension.name === 'Holiday Message');
    if (holidayMessage === undefined) throw new Error('the demo company has a "Holiday Message" extension');
    return {
      ...handling,
      businessHours: hours,
      afterHoursDestination: { kind: 'extension', extensionId: holidayMessage.id },
      customRules: [...handling.customRules, dayRule(ruleName, day)],
    };
  };
}

/** The oldest custom rule deleted, a rule added and the hours moved: a rollback must bring a deleted rule back. */
function deleteAddAndMoveHours(handling: CallHandling): CallHandling {
  return {
    ...handling,
    businessHours: weekdays(7 * 60, 19 * 60),
    customRules: [...handling.customRules.slice(1), dayRule('Stocktake', '2027-01-02')],
  };
}

/** The changes each run makes, in order; every kind of write is among them. */
export const CHANGE_STEPS: ReadonlyArray<ChangeStep> = [
  command('route to voicemail on Dec 25'),
  command('hours Mon-Fri 8-6'),
  { kind: 'compound', text: 'hours, after hours and an inventory day', build: threeWrites('Inventory day', '2026-12-30', weekdays(9 * 60, 17 * 60)) },
  command('route to Bob'),
  undo,
  command('holidays US 2027'),
  command('close now until 3pm'),
  command('open'),
  command('route to Front Desk every Saturday'),
  command('rule "VIP callers" off'),
  { kind: 'compound', text: 'a rule deleted, a stocktake added, hours moved', build: deleteAddAndMoveHours },
  undo,
  command('route after hours to greeting'),
  command('route to Alice and Bob in order'),
  undo,
  { kind: 'interrupted', text: 'hours, after hours and a training day', build: threeWrites('Training day', '2027-01-05', weekdays(8 * 60, 16 * 60)), writesDone: 'some' },
  command('dial 0 to nothing in Main Menu'),
  command('route to voicemail from Dec 24 5pm to Dec 26 9am'),
  command('hours 24/7'),
  undo,
  { kind: 'interrupted', text: 'hours, after hours and an audit day', build: threeWrites('Audit day', '2027-01-07', weekdays(10 * 60, 18 * 60)), writesDone: 'all' },
  command('ring Support Queue in order'),
  command('hours Mon-Fri 9-5, Sat 10-14'),
  undo,
  command('rule "VIP callers" delete'),
  undo,
  { kind: 'compound', text: 'hours, after hours and a closing day', build: threeWrites('Closing day', '2027-01-09', weekdays(8 * 60, 18 * 60)) },
];
