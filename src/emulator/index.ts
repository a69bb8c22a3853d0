/**
 * The RingCentral API emulator: an HTTP server that speaks the subset of RingCentral's REST API
 * Switchboard uses, checks every request against the official OpenAPI spec, and keeps one demo
 * company's call handling in a JSON state file. Nothing else in src/ may import it except the
 * adapters that start it (DESIGN.md; STYLE.md rule 2).
 */
export { startEmulator, type EmulatorOptions, type RunningEmulator } from './start-emulator.ts';
export { createDemoState } from './demo-company.ts';
export { parseEmulatorState, type ParseEmulatorStateResult } from './parse-emulator-state.ts';
export { runEmulatorCommand } from './run-emulator-command.ts';
export { StateFileError } from './state-file.ts';
export type { RateLimitSettings } from './rate-limiter.ts';
export type { Fault } from './faults.ts';
export type { LoggedRequest } from './request-log.ts';
export type { EmulatorCredentials } from './oauth-routes.ts';
export type {
  AccountRecord,
  AnsweringRuleRecord,
  BusinessHoursRecord,
  CallQueueRecord,
  DateRange,
  EmulatorState,
  ExtensionRecord,
  IvrActionRecord,
  IvrMenuRecord,
  RuleSchedule,
  TimeInterval,
  WeeklyRanges,
} from './emulator-state.ts';
