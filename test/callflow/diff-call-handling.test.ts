import { describe, expect, it } from 'vitest';
import { diffCallHandling, type CallHandling, type CallHandlingChange } from '../../src/callflow/index.ts';
import {
  MAIN_MENU,
  SUPPORT_QUEUE,
  SALES_NUMBER,
  allDayOn,
  between,
  company,
  customRule,
  dateRange,
  greeting,
  greetingThenHangUp,
  onDates,
  openAllHours,
  toExt,
  weekdays,
  weekly,
} from '../fixtures/call-handling.ts';

const christmas = customRule({ id: 'r-christmas', name: 'Christmas', schedule: onDates(allDayOn('2026-12-25')), destination: greeting });
const lunch = customRule({ id: 'r-lunch', name: 'Lunch', schedule: weekly(weekdays(between('12:00', '13:00'))), destination: toExt('200') });
const vip = customRule({ id: 'r-vip', name: 'VIP', callers: [{ callerId: '1415555', name: 'Acme' }], destination: toExt('101') });
const before = company({ customRules: [christmas, lunch, vip] });

function texts(after: CallHandling, from: CallHandling = before): ReadonlyArray<string> {
  return diffCallHandling(from, after).map((change) => `${change.kind}: ${change.text.en}`);
}

/** The changes with their English text, as they read before French was added. */
function inEnglish(changes: ReadonlyArray<CallHandlingChange>): ReadonlyArray<Omit<CallHandlingChange, 'text'> & { text: string }> {
  return changes.map((change) => ({ ...change, text: change.text.en }));
}

describe('diffCallHandling', () => {
  it('finds no change between equal states', () => {
    expect(diffCallHandling(before, company({ customRules: [christmas, lunch, vip] }))).toEqual([]);
  });

  it('ignores the order of ranges, callers and IVR keys and the punctuation of numbers', () => {
    const same = company({
      customRules: [
        { ...christmas, schedule: onDates({ from: '2026-12-25T05:00:00Z', to: '2026-12-26T05:00:00.000Z' }) },
        lunch,
        { ...vip, callers: [{ callerId: '+1 (415) 555', name: 'Acme' }] },
      ],
      ivrMenus: [{ ...MAIN_MENU, actions: [...MAIN_MENU.actions].reverse() }],
    });
    expect(diffCallHandling(before, same)).toEqual([]);
  });

  it('describes a new destination of a rule', () => {
    const after = company({ customRules: [{ ...christmas, destination: toExt('300') }, lunch, vip] });
    expect(inEnglish(diffCallHandling(before, after))).toEqual([
      {
        kind: 'rule-destination',
        ruleId: 'r-christmas',
        text: 'Rule "Christmas" on Dec 25, 2026 (all day): calls now go to Main Voicemail (ext 300) instead of the company greeting',
      },
    ]);
  });

  it('describes a new rule with its conditions and destination', () => {
    const newYear = customRule({
      id: 'placeholder',
      name: 'New Year',
      schedule: onDates(dateRange('2026-12-31T17:00', '2027-01-02T00:00')),
      destination: toExt('110'),
    });
    expect(texts(company({ customRules: [christmas, lunch, vip, newYear] }))).toEqual([
      'rule-added: New rule "New Year" on Dec 31, 2026 17:00 – Jan 2, 2027 00:00: calls go to Holiday Message (ext 110)',
    ]);
  });

  it('says when a new rule starts disabled', () => {
    const off = customRule({ id: 'placeholder', name: 'Snow day', enabled: false, schedule: onDates(allDayOn('2027-01-15')), destination: toExt('110') });
    expect(texts(company({ customRules: [christmas, lunch, vip, off] }))).toEqual([
      'rule-added: New rule "Snow day" on Jan 15, 2027 (all day): calls go to Holiday Message (ext 110); the rule is disabled',
    ]);
  });

  it('describes a removed rule with what it did', () => {
    expect(texts(company({ customRules: [christmas, vip] }))).toEqual([
      'rule-removed: Rule "Lunch" on Mon–Fri 12:00–13:00 removed; its calls went to Support Queue (ext 200)',
    ]);
  });

  it('describes business hours going 24/7 and the after-hours rule going away', () => {
    expect(texts(openAllHours({ customRules: before.customRules }))).toEqual([
      'business-hours: Business hours: Mon–Fri 09:00–17:00 -> 24/7',
      'after-hours-destination: After hours: no longer used, the company is open 24/7; calls went to Main Voicemail (ext 300)',
    ]);
  });

  it('describes business hours leaving 24/7 and where after-hours calls now go', () => {
    expect(texts(company(), openAllHours())).toEqual([
      'business-hours: Business hours: 24/7 -> Mon–Fri 09:00–17:00',
      'after-hours-destination: After hours: calls go to Main Voicemail (ext 300)',
    ]);
  });

  it('describes new default destinations', () => {
    const after = company({ customRules: before.customRules, businessHoursDestination: toExt('500'), afterHoursDestination: greetingThenHangUp });
    expect(texts(after)).toEqual([
      'business-hours-destination: Business hours: calls now go to Main Menu (ext 500) instead of the company greeting',
      'after-hours-destination: After hours: calls now go to the company greeting, then a hang-up instead of Main Voicemail (ext 300)',
    ]);
  });

  it('describes a rule renamed', () => {
    expect(texts(company({ customRules: [{ ...christmas, name: 'Xmas' }, lunch, vip] }))).toEqual([
      'rule-renamed: Rule "Christmas" renamed to "Xmas"',
    ]);
  });

  it('describes a rule disabled and enabled', () => {
    const disabled = company({ customRules: [{ ...christmas, enabled: false }, lunch, vip] });
    expect(texts(disabled)).toEqual(['rule-disabled: Rule "Christmas" on Dec 25, 2026 (all day) is now disabled']);
    expect(texts(before, disabled)).toEqual(['rule-enabled: Rule "Christmas" on Dec 25, 2026 (all day) is now enabled']);
  });

  it('describes a new schedule', () => {
    expect(texts(company({ customRules: [christmas, { ...lunch, schedule: { kind: 'after-hours' } }, vip] }))).toEqual([
      'rule-schedule: Rule "Lunch": now applies after hours instead of on Mon–Fri 12:00–13:00',
    ]);
  });

  it('describes new callers', () => {
    expect(texts(company({ customRules: [christmas, lunch, { ...vip, callers: [] }] }))).toEqual([
      'rule-callers: Rule "VIP": callers 1415555 (Acme) -> any caller',
    ]);
  });

  it('describes new called numbers', () => {
    expect(texts(company({ customRules: [christmas, lunch, { ...vip, calledNumbers: [SALES_NUMBER] }] }))).toEqual([
      'rule-called-numbers: Rule "VIP": called numbers any company number -> +16505550111',
    ]);
  });

  it('describes a new rule order', () => {
    expect(texts(company({ customRules: [lunch, christmas, vip] }))).toEqual([
      'rule-order: Rule order: "Christmas", "Lunch", "VIP" -> "Lunch", "Christmas", "VIP"',
    ]);
  });

  it('describes a new rule put in front of existing ones as a new order too', () => {
    const first = customRule({ id: 'placeholder', name: 'First' });
    expect(texts(company({ customRules: [first, christmas, lunch, vip] }))).toEqual([
      'rule-added: New rule "First" at any time: calls go to the company greeting',
      'rule-order: Rule order: "Christmas", "Lunch", "VIP" -> "First", "Christmas", "Lunch", "VIP"',
    ]);
  });

  it('does not report an order change when a rule is removed', () => {
    expect(diffCallHandling(before, company({ customRules: [christmas, vip] })).map((change) => change.kind)).toEqual(['rule-removed']);
  });

  it('describes each IVR key that changed, was added or was removed', () => {
    const after = company({
      customRules: before.customRules,
      ivrMenus: [
        {
          ...MAIN_MENU,
          actions: [
            { input: '1', action: 'Connect', extensionId: '2000' },
            { input: '2', action: 'Connect', extensionId: '1001' },
            { input: '0', action: 'DoNothing' },
            { input: 'NoInput', action: 'Disconnect' },
          ],
        },
      ],
    });
    expect(inEnglish(diffCallHandling(before, after))).toEqual([
      { kind: 'ivr-key', menuId: '5000', text: 'IVR menu "Main Menu" (ext 500), key 0: connect to the operator -> do nothing' },
      { kind: 'ivr-key', menuId: '5000', text: 'IVR menu "Main Menu" (ext 500), key *: repeat the menu -> not set' },
      { kind: 'ivr-key', menuId: '5000', text: 'IVR menu "Main Menu" (ext 500), no input: not set -> hang up' },
    ]);
  });

  it('describes a new time zone and the date ranges it moves', () => {
    expect(texts(company({ customRules: before.customRules, timeZone: 'US/Pacific' }))).toEqual([
      'time-zone: Time zone: US/Eastern -> US/Pacific',
      'rule-schedule: Rule "Christmas": now applies on Dec 24, 2026 21:00 – Dec 25, 2026 21:00 instead of on Dec 25, 2026 (all day)',
    ]);
  });

  it('lists several changes to one rule in a fixed order', () => {
    const after = company({ customRules: [{ ...christmas, name: 'Xmas', enabled: false, destination: toExt('300') }, lunch, vip] });
    expect(diffCallHandling(before, after).map((change) => change.kind)).toEqual(['rule-renamed', 'rule-disabled', 'rule-destination']);
  });

  it('describes a new queue ring mode in the words of the ring command', () => {
    const after = company({ customRules: before.customRules, callQueues: [{ ...SUPPORT_QUEUE, ringMode: 'FixedOrder' }] });
    expect(inEnglish(diffCallHandling(before, after))).toEqual([
      { kind: 'call-queue', queueId: '2000', text: 'Call queue "Support Queue" (ext 200): rings Alice Smith, Bob Jones in order instead of all at once' },
    ]);
  });

  it('names the old members when the members change', () => {
    const after = company({ customRules: before.customRules, callQueues: [{ ...SUPPORT_QUEUE, memberIds: ['1001'] }] });
    expect(texts(after)).toEqual([
      'call-queue: Call queue "Support Queue" (ext 200): rings Alice Smith all at once instead of Alice Smith, Bob Jones all at once',
    ]);
  });

  it('ignores the member order of a queue that rings all at once', () => {
    const after = company({ customRules: before.customRules, callQueues: [{ ...SUPPORT_QUEUE, memberIds: ['1002', '1001'] }] });
    expect(diffCallHandling(before, after)).toEqual([]);
  });
});
