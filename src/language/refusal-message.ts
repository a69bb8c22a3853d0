import type { CommandRefusalCode } from './command-refusal.ts';

/**
 * The one-line message for a refused command: what was wrong and what to type instead. Every
 * adapter (console, CLI, Slack) shows this same wording. `text` is the part of the command at
 * fault; `candidates` are the names a lookup found close to it.
 */
export function refusalMessage(code: CommandRefusalCode, text: string, candidates: ReadonlyArray<string> = []): string {
  const list = candidates.join(', ');
  switch (code) {
    case 'command-empty':
      return 'No command given. Try "status", "rules" or "route to voicemail on Dec 25".';
    case 'command-too-long':
      return 'That command is too long. Keep it under 500 characters, one change per command.';
    case 'command-unknown':
      return `I don't know the command "${text}". Try "route to voicemail on Dec 25", "hours Mon-Fri 9-5" or "status".`;
    case 'leftover-words':
      return `I didn't understand "${text}". Remove it or rephrase, e.g. "route to voicemail on Dec 25".`;
    case 'test-needs-time':
      return 'Say when the call comes in, e.g. "test Dec 24 10am" or "test 2026-12-24T10:00".';
    case 'instant-unreadable':
      return `I couldn't read "${text}" as a date and time. Try "Dec 24 10am" or "2026-12-24T10:00".`;
    case 'instant-ambiguous':
      return `"${text}" names more than one moment. Give one date and time, e.g. "Dec 24 10am".`;
    case 'instant-leftover-words':
      return `I didn't understand "${text}". Give just a date and time, e.g. "Dec 24 10am".`;
    case 'date-unreadable':
      return `I couldn't read "${text}" as a date. Try "Dec 25", "tomorrow", "from Dec 24 5pm to Dec 26 9am" or "weekdays 12-1".`;
    case 'date-impossible':
      return `"${text}" is not a real date. Check the day and the month, e.g. "Feb 28".`;
    case 'date-ambiguous':
      return `"${text}" can be read two ways. Write the month as a word, e.g. "Jun 10", or use 2027-06-10.`;
    case 'date-vague':
      return `"${text}" is not an exact day. Name the days, e.g. "Dec 25" or "from Dec 24 to Dec 31".`;
    case 'date-language':
      return `I only read dates in English, and "${text}" is not. Write it like "Dec 25" or "2027-12-25".`;
    case 'date-in-past':
      return `"${text}" is in the past. Give a date still to come, e.g. "Dec 25" or "tomorrow".`;
    case 'time-ambiguous':
      return `"${text}" could be morning or afternoon. Add am or pm, e.g. "5pm" or "1-5pm", or use 24-hour time like 17:00.`;
    case 'time-vague':
      return `"${text}" has no exact time. Give a clock time, e.g. "tomorrow 9am" or "Dec 24 from 12 to 5".`;
    case 'range-ends-before-start':
      return `"${text}" ends before it starts. Put the start first, e.g. "from Dec 24 5pm to Dec 26 9am".`;
    case 'when-needs-end':
      return `"${text}" is a moment, not a span of time. Give an end, e.g. "from Dec 24 5pm to Dec 26 9am" or "until 3pm".`;
    case 'when-needs-day':
      return `"${text}" has times but no day. Add one, e.g. "on Dec 31 from 12 to 5" or "weekdays 12-1".`;
    case 'duration-unreadable':
      return `I couldn't read "${text}" as a length of time. Try "for 2 hours" or "for 30 minutes".`;
    case 'weekly-unreadable':
      return `I couldn't read "${text}" as weekly hours. Try "hours Mon-Fri 9-5, Sat 10-14" or "hours 24/7".`;
    case 'phone-number-unreadable':
      return `"${text}" is not a phone number. Use digits, e.g. "+1 415 555 0100"; a caller number may be partial, e.g. "+1 415".`;
    case 'target-missing':
      return 'Say where calls go, e.g. "route to voicemail", "route to ext 102" or "route to greeting".';
    case 'target-unknown':
      return candidates.length > 0
        ? `I don't know "${text}" as a destination. Did you mean: ${list}?`
        : `I don't know "${text}" as a destination. Use a name, "ext 102", "voicemail", "announcement" or "greeting".`;
    case 'target-ambiguous':
      return `"${text}" matches more than one destination: ${list}. Use the full name or the extension number.`;
    case 'target-disabled':
      return `"${text}" is disabled in RingCentral. Enable it there first, or pick another destination.`;
    case 'target-not-user':
      return `"${text}" is not a user; only users can be rung together. Name users, e.g. "route to Alice, Bob and Chloé in order".`;
    case 'target-not-queue':
      return `"${text}" is not a call queue. Name a queue, e.g. "ring Sales in order".`;
    case 'dial-zero-target-unsupported':
      return `Dial 0 can go to the greeting, the operator, nothing or one extension, not "${text}".`;
    case 'menu-unknown':
      return candidates.length > 0
        ? `I don't know the IVR menu "${text}". Did you mean: ${list}?`
        : `I don't know the IVR menu "${text}". Use an IVR menu's name or extension number.`;
    case 'ring-mode-missing':
      return `Say how to ring "${text}": "all at once", "in order" or "longest idle".`;
    case 'rule-name-too-long':
      return `The rule name "${text}" is longer than RingCentral's 30 characters. Choose a shorter one, e.g. named "Christmas".`;
    case 'rule-name-empty':
      return 'The rule name is empty. Put it in quotes, e.g. named "Christmas".';
    case 'rule-unknown':
      return candidates.length > 0
        ? `There is no rule "${text}". Rules: ${list}.`
        : `There is no rule "${text}". Type "rules" to list them.`;
    case 'rule-ambiguous':
      return `Several rules are named "${text}": ${list}. Use the rule id instead of the name.`;
    case 'rule-action-missing':
      return `Say what to do with rule "${text}": "on", "off" or "delete", e.g. "rule ${text || 'Christmas'} off".`;
    case 'holidays-needs-year':
      return `Say which year, e.g. "holidays ${text || 'US'} 2027".`;
    case 'holidays-country-unknown':
      return `I don't know the holiday calendar "${text}". Use an ISO 3166 country code with an optional region, e.g. "US", "CA-QC" or "GB-ENG"; all codes are listed at https://github.com/commenthol/date-holidays#supported-countries-states-regions.`;
    case 'holidays-region-unknown':
      return `I don't know the region "${text}". Regions of that country: ${list || 'none'}.`;
    case 'request-id-missing':
      return `Say which request, e.g. "${text || 'approve'} 12"; "requests" lists the pending ones and "history" the past ones.`;
    case 'request-id-unreadable':
      return `"${text}" is not a request number. Use the number "requests" or "history" shows, e.g. "approve 12" or "approve #12".`;
    case 'history-limit-invalid':
      return `"${text}" is not a number of entries from 1 to 200. Try "history 20", or "history" for the latest ones.`;
  }
}
