/**
 * i18n/: the languages Switchboard speaks, the message catalogue and dates in words. A pure leaf:
 * it imports no project folder, reads no clock and does no I/O, so every folder may use it.
 */
export { defaultLanguage, LANGUAGES, languageOfLocale, otherLanguage, type Language } from './language.ts';
export { message, messages, say, type Message, type NoValues, type Wording } from './catalogue.ts';
export { CALL_HANDLING_MESSAGES } from './messages/call-handling.ts';
export { CHANGE_MESSAGES, PROPOSAL_REFUSAL_MESSAGES, type ProposalRefusalValues } from './messages/changes.ts';
export { CONSOLE_MESSAGES } from './messages/console.ts';
export { DATE_LOCALES } from './date-locales.ts';
export { DOCTOR_MESSAGES } from './messages/doctor.ts';
export { describeClockTime, type ClockTime } from './describe-clock-time.ts';
export { describeDateSpan } from './describe-date-span.ts';
export { describeDay, describeDayOfMonth, describeMonthDay } from './describe-day.ts';
export { describeInstant } from './describe-instant.ts';
export { describeTimeZone, describeZoneAbbreviation } from './describe-time-zone.ts';
export { french, NARROW_NO_BREAK_SPACE, NO_BREAK_SPACE } from './french-typography.ts';
export { DATE_MESSAGES } from './messages/dates.ts';
export { HELP_MESSAGES } from './messages/help.ts';
export { NOTICE_MESSAGES } from './messages/notices.ts';
export { READING_MESSAGES } from './messages/reading.ts';
export { WEEK_MESSAGES } from './messages/week.ts';
export { CALENDAR_MESSAGES } from './messages/calendar.ts';
export { REFUSAL_MESSAGES, type RefusalValues } from './messages/refusals.ts';
export { APPLYING_MESSAGES } from './messages/applying.ts';
export { PREVIEW_MESSAGES } from './messages/previews.ts';
export { REQUEST_MESSAGES } from './messages/requests.ts';
export { REQUEST_RECORD_MESSAGES } from './messages/request-records.ts';
export { SLACK_MESSAGES } from './messages/slack.ts';
export { SLACK_MODAL_MESSAGES } from './messages/slack-modals.ts';
export { APP_HOME_MESSAGES } from './messages/app-home.ts';
export { plural, type PluralForms } from './plural.ts';
export { inEachLanguage, saidFromStored, sayEach, inEnglishOnly, type Said } from './said.ts';
