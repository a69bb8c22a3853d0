import { describe, expect, it } from 'vitest';
import { REFUSAL_CODES, refusalMessage, type CommandRefusalCode } from '../../src/language/index.ts';
import { refusalOf } from './fixtures/read-command.ts';

// One command per refusal code, with the exact message every adapter shows for it.
const REFUSALS: ReadonlyArray<readonly [CommandRefusalCode, string, string]> = [
  ['command-empty', '   ', 'No command given. Try "status", "rules" or "route to voicemail on Dec 25".'],
  ['command-too-long', `route to voicemail ${'on Dec 25 '.repeat(60)}`, 'That command is too long. Keep it under 500 characters, one change per command.'],
  ['command-unknown', 'reboot the phones', 'I don\'t know the command "reboot". Try "route to voicemail on Dec 25", "hours Mon-Fri 9-5" or "status".'],
  ['leftover-words', 'route to voicemail on Dec 25 please', 'I didn\'t understand "please". Remove it or rephrase, e.g. "route to voicemail on Dec 25".'],
  ['test-needs-time', 'test from +14155550100', 'Say when the call comes in, e.g. "test Dec 24 10am" or "test 2026-12-24T10:00".'],
  ['instant-unreadable', 'test banana', 'I couldn\'t read "banana" as a date and time. Try "Dec 24 10am" or "2026-12-24T10:00".'],
  ['instant-ambiguous', 'test Dec 2 8pm to Dec 3 9am', '"Dec 2 8pm to Dec 3 9am" names more than one moment. Give one date and time, e.g. "Dec 24 10am".'],
  ['instant-leftover-words', 'status at Dec 2 8pm please', 'I didn\'t understand "please". Give just a date and time, e.g. "Dec 24 10am".'],
  ['date-unreadable', 'route to voicemail on the 25th', 'I couldn\'t read "on the 25th" as a date. Try "Dec 25", "tomorrow", "from Dec 24 5pm to Dec 26 9am" or "weekdays 12-1".'],
  ['date-impossible', 'route to voicemail on Feb 30', '"Feb 30" is not a real date. Check the day and the month, e.g. "Feb 28".'],
  ['date-ambiguous', 'route to voicemail on 6/10', '"6/10" can be read two ways. Write the month as a word, e.g. "Jun 10", or use 2027-06-10.'],
  ['date-vague', 'route to voicemail next week', '"next week" is not an exact day. Name the days, e.g. "Dec 25" or "from Dec 24 to Dec 31".'],
  ['date-language', 'route to voicemail le 25 déc.', 'I read dates in English and French, and "le 25 déc" is neither. Write it like "Dec 25" or "2027-12-25".'],
  ['date-in-past', 'route to voicemail on Dec 25 2025', '"Dec 25 2025" is in the past. Give a date still to come, e.g. "Dec 25" or "tomorrow".'],
  ['time-ambiguous', 'close now until 5', '"5" could be morning or afternoon. Add am or pm, e.g. "5pm" or "1-5pm", or use 24-hour time like 17:00.'],
  ['time-vague', 'route to voicemail tomorrow morning', '"tomorrow morning" has no exact time. Give a clock time, e.g. "tomorrow 9am" or "Dec 24 from 12 to 5".'],
  ['range-ends-before-start', 'route to voicemail Dec 26-24', '"Dec 26-24" ends before it starts. Put the start first, e.g. "from Dec 24 5pm to Dec 26 9am".'],
  ['when-needs-end', 'route to voicemail Dec 24 5pm', '"Dec 24 5pm" is a moment, not a span of time. Give an end, e.g. "from Dec 24 5pm to Dec 26 9am" or "until 3pm".'],
  ['when-needs-day', 'route to voicemail from 12 to 1', '"from 12 to 1" has times but no day. Add one, e.g. "on Dec 31 from 12 to 5" or "weekdays 12-1".'],
  ['duration-unreadable', 'close for a while', 'I couldn\'t read "a while" as a length of time. Try "for 2 hours" or "for 30 minutes".'],
  ['weekly-unreadable', 'hours sometimes', 'I couldn\'t read "sometimes" as weekly hours. Try "hours Mon-Fri 9-5, Sat 10-14" or "hours 24/7".'],
  ['phone-number-unreadable', 'route to voicemail when Bob calls', '"Bob" is not a phone number. Use digits, e.g. "+1 415 555 0100"; a caller number may be partial, e.g. "+1 415".'],
  ['target-missing', 'route to', 'Say where calls go, e.g. "route to voicemail", "route to ext 102" or "route to greeting".'],
  ['target-unknown', 'route to Alise on Friday', 'I don\'t know "Alise" as a destination. Did you mean: Alice Smith (ext 101)?'],
  ['target-ambiguous', 'route to Alex', '"Alex" matches more than one destination: Alex Kim (ext 104), Alex Ray (ext 105). Use the full name or the extension number.'],
  ['target-disabled', 'route to Dana Gone', '"Dana Gone" is disabled in RingCentral. Enable it there first, or pick another destination.'],
  ['target-not-user', 'route to Alice and Sales', '"Sales" is not a user; only users can be rung together. Name users, e.g. "route to Alice, Bob and Chloé in order".'],
  ['target-not-queue', 'ring Alice in order', '"Alice" is not a call queue. Name a queue, e.g. "ring Sales in order".'],
  ['dial-zero-target-unsupported', 'dial 0 to greeting then hang up', 'Dial 0 can go to the greeting, the operator, nothing or one extension, not "greeting then hang up".'],
  ['menu-unknown', 'dial 0 to operator in Suport Menu', 'I don\'t know the IVR menu "Suport Menu". Did you mean: Support Menu?'],
  ['ring-mode-missing', 'ring Sales', 'Say how to ring "Sales": "all at once", "in order" or "longest idle".'],
  ['rule-name-too-long', 'route to voicemail on Dec 25 named "Christmas Day closure for everyone"', 'The rule name "Christmas Day closure for everyone" is longer than RingCentral\'s 30 characters. Choose a shorter one, e.g. named "Christmas".'],
  ['rule-name-empty', 'route to voicemail on Dec 25 named ""', 'The rule name is empty. Put it in quotes, e.g. named "Christmas".'],
  ['rule-unknown', 'rule Dinner off', 'There is no rule "Dinner". Rules: Lunch, Christmas, Board call.'],
  ['rule-ambiguous', 'rule "Board call" off', 'Several rules are named "Board call": Board call (id r3), Board call (id r4). Use the rule id instead of the name.'],
  ['rule-action-missing', 'rule Lunch', 'Say what to do with rule "Lunch": "on", "off" or "delete", e.g. "rule Lunch off".'],
  ['holidays-needs-year', 'holidays US', 'Say which year, e.g. "holidays US 2027".'],
  [
    'holidays-country-unknown',
    'holidays XX 2027',
    'I don\'t know the holiday calendar "XX". Use an ISO 3166 country code with an optional region, e.g. "US", "CA-QC" or "GB-ENG"; all codes are listed at https://github.com/commenthol/date-holidays#supported-countries-states-regions.',
  ],
  [
    'holidays-region-unknown',
    'holidays GB-XX 2027',
    'I don\'t know the region "GB-XX". Regions of that country: GB-ALD (Alderney), GB-ENG (England), GB-NIR (Northern Ireland), GB-SCT (Scotland), GB-WLS (Wales).',
  ],
  ['request-id-missing', 'approve', 'Say which request, e.g. "approve 12"; "requests" lists the pending ones and "history" the past ones.'],
  ['request-id-unreadable', 'undo last', '"last" is not a request number. Use the number "requests" or "history" shows, e.g. "approve 12" or "approve #12".'],
  ['history-limit-invalid', 'history 500', '"500" is not a number of entries from 1 to 200. Try "history 20", or "history" for the latest ones.'],
];

describe('refusalMessage', () => {
  it.each(REFUSALS)('refuses with %s and says so in one line', (code, command, message) => {
    const refusal = refusalOf(command);
    expect(refusal.code).toBe(code);
    const shown = refusalMessage(refusal.code, refusal.text, refusal.candidates);
    expect(shown).toBe(message);
    expect(shown).not.toContain('\n');
  });

  it('has a command above for every refusal code', () => {
    expect(new Set(REFUSALS.map(([code]) => code))).toEqual(new Set(REFUSAL_CODES));
  });

  it('suggests typing a name, an extension number or a keyword when nothing looks like the target', () => {
    const refusal = refusalOf('route to Zed');
    expect(refusalMessage(refusal.code, refusal.text, refusal.candidates)).toBe(
      'I don\'t know "Zed" as a destination. Use a name, "ext 102", "voicemail", "announcement" or "greeting".',
    );
  });

  it('points to the rule list when there are too many rules to show', () => {
    expect(refusalMessage('rule-unknown', 'Dinner')).toBe('There is no rule "Dinner". Type "rules" to list them.');
  });
});
