/**
 * Parse benchmark: 10,000 mixed commands through `parseCommand`, and the same texts through a
 * bare `chrono.en.parse` as the baseline, measured in the same run. Prints p50 and p99 per
 * command in microseconds and the ratio to the baseline. Not a test: nothing is asserted.
 *
 *   npm run bench -- parse
 *   npm run bench -- --quick parse     (500 commands)
 */
import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import type { Extension } from '../src/callflow/model.ts';
import { COMMAND_REFERENCE, parseCommand, type CommandContext } from '../src/language/index.ts';
import { benchRow, type BenchSection } from './bench-report.ts';
import type { BenchOptions } from './bench-support.ts';

const COMMANDS = 10_000;
const WARM_UP = 1_000;
const QUICK_COMMANDS = 500;
const QUICK_WARM_UP = 100;
const TIME_ZONE = 'America/New_York';
const NOW = DateTime.fromISO('2026-11-25T10:00', { zone: TIME_ZONE });

const user = (id: string, name: string, type: Extension['type'] = 'User'): Extension => ({ id, extensionNumber: id, name, type, enabled: true });
const context: CommandContext = {
  now: NOW,
  timeZone: TIME_ZONE,
  extensions: [
    ...Array.from({ length: 60 }, (_, index) => user(String(110 + index), `User ${index} Person${index}`)),
    user('101', 'Alice Smith'),
    user('102', 'Bob Jones'),
    user('103', 'Chloé Martin'),
    user('201', 'Sales', 'Department'),
    user('301', 'Support Menu', 'IvrMenu'),
    user('401', 'General Voicemail', 'Voicemail'),
    user('501', 'Holiday Message', 'Announcement'),
  ],
  ivrMenus: [{ id: '301', name: 'Support Menu', extensionNumber: '301', actions: [] }],
  customRules: [{ id: 'r1', name: 'Lunch', enabled: true, schedule: { kind: 'always' }, callers: [], calledNumbers: [], destination: { kind: 'greeting' } }],
};

// A small deterministic generator (mulberry32), so every run measures the same texts.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(20261125);
const pick = <T>(items: ReadonlyArray<T>): T => items[Math.floor(next() * items.length)] as T;
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const targets = ['voicemail', 'Alice', 'ext 102', 'greeting', 'Sales', 'holiday message', 'Alice, Bob and Chloé in order'];
const date = (): string => `${pick(months)} ${1 + Math.floor(next() * 28)}`;
const hour = (): number => 7 + Math.floor(next() * 5);
const templates: ReadonlyArray<() => string> = [
  () => `route to ${pick(targets)} on ${date()}`,
  () => `route to ${pick(targets)} from ${date()} ${hour()}am to ${date()} ${hour()}pm`,
  () => `route to ${pick(targets)} on ${date()} from 12 to ${1 + Math.floor(next() * 5)}`,
  () => `route to ${pick(targets)} between ${date()} and ${date()}`,
  () => `route to ${pick(targets)} ${pick(['weekdays', 'on weekends', 'every Saturday', 'Mon, Wed'])} ${hour()}-${hour() + 5}`,
  () => `route to ${pick(targets)} for ${1 + Math.floor(next() * 8)} hours`,
  () => `route to ${pick(targets)} when +1 415 ${100 + Math.floor(next() * 900)} calls`,
  () => `route to ${pick(targets)} after hours`,
  () => `hours Mon-Fri ${hour()}-5, Sat 10-14`,
  () => `close now until ${1 + Math.floor(next() * 11)}pm`,
  () => `status at ${date()} ${hour()}am`,
  () => `test ${date()} ${hour()}am from +1 415 555 0100`,
  () => `route to voicemail le ${1 + Math.floor(next() * 28)} déc.`,
  () => pick(COMMAND_REFERENCE).example,
];

function measure(texts: ReadonlyArray<string>, warmUp: number, run: (text: string) => unknown): { p50: number; p99: number } {
  for (let index = 0; index < warmUp; index += 1) run(texts[index % texts.length] ?? '');
  const micros = texts.map((text) => {
    const start = process.hrtime.bigint();
    run(text);
    return Number(process.hrtime.bigint() - start) / 1000;
  });
  micros.sort((a, b) => a - b);
  const at = (share: number): number => micros[Math.min(micros.length - 1, Math.floor(share * micros.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99) };
}

export async function parseBench(options: BenchOptions): Promise<BenchSection> {
  const commands = options.quick ? QUICK_COMMANDS : COMMANDS;
  const warmUp = options.quick ? QUICK_WARM_UP : WARM_UP;
  // The quick texts are the first of the full run's, from the same seed.
  const texts = Array.from({ length: commands }, () => pick(templates)());
  const reference = { instant: NOW.toJSDate(), timezone: NOW.offset };
  const baseline = measure(texts, warmUp, (text) => chrono.en.parse(text, reference));
  const language = measure(texts, warmUp, (text) => parseCommand(text, context));
  const accepted = texts.filter((text) => parseCommand(text, context).ok).length;
  return {
    name: 'parse',
    title: `${commands} mixed commands (${accepted} accepted, ${commands - accepted} refused) through parseCommand beside a bare chrono-node parse`,
    rows: [
      benchRow('parseCommand', language.p50, 'µs p50', 'chrono.en.parse', baseline.p50),
      benchRow('parseCommand', language.p99, 'µs p99', 'chrono.en.parse', baseline.p99),
    ],
    notes: [],
  };
}
