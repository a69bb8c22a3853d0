import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { intentSchema, parseCommand, REFUSAL_CODES } from '../../src/language/index.ts';
import { normalizeCommandText } from '../../src/language/normalize-command-text.ts';
import { proposeRuleName } from '../../src/language/propose-rule-name.ts';
import { companyContext } from './fixtures/company-context.ts';
import { withoutNames } from './fixtures/read-french.ts';

// French commands and their English twins, generated side by side: [French, English].
type Twin = readonly [string, string];

const ZONES = ['America/New_York', 'Europe/Paris', 'America/Toronto', 'Asia/Tokyo', 'Australia/Lord_Howe', 'America/Santiago'];
const pad = (value: number): string => String(value).padStart(2, '0');
const twin = (french: string, english: string): Twin => [french, english];

const zone = fc.constantFrom(...ZONES);
// Any minute from 2026 to 2030: year ends, Feb 29 2028 and every DST change come up.
const nowMillis = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2030, 11, 31) }).map((ms) => ms - (ms % 60_000));

const month = fc.constantFrom<Twin>(
  ['janv.', 'Jan'], ['janvier', 'January'], ['févr.', 'Feb'], ['fevrier', 'February'], ['mars', 'Mar'], ['avr.', 'Apr'], ['avril', 'April'],
  ['mai', 'May'], ['juin', 'Jun'], ['juil.', 'Jul'], ['juill.', 'Jul'], ['juillet', 'July'], ['août', 'Aug'], ['sept.', 'Sep'],
  ['oct.', 'Oct'], ['nov.', 'Nov'], ['déc.', 'Dec'], ['décembre', 'December'],
);
const dayNumber = fc.integer({ min: 1, max: 31 });
const frenchDay = (day: number, ordinal: boolean): string => (day === 1 && ordinal ? '1er' : String(day));
const dayOfMonth: fc.Arbitrary<Twin> = fc
  .tuple(dayNumber, month, fc.boolean(), fc.option(fc.integer({ min: 2026, max: 2031 }), { nil: undefined }))
  .map(([day, [fr, en], ordinal, year]) => twin(`${frenchDay(day, ordinal)} ${fr}${year === undefined ? '' : ` ${year}`}`, `${en} ${day}${year === undefined ? '' : ` ${year}`}`));
const otherDay = fc.constantFrom<Twin>(
  ['demain', 'tomorrow'], ['vendredi', 'Friday'], ['lundi prochain', 'next Monday'], ["aujourd'hui", 'today'], ['samedi', 'Saturday'],
  ['2027-01-01', '2027-01-01'], ['2028-02-29', '2028-02-29'],
);
const date = fc.oneof(dayOfMonth, otherDay);
const time: fc.Arbitrary<Twin> = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45), fc.constantFrom('h', ' h', ':'))
    .map(([hour, minute, style]) => {
      const french = style === ':' ? `${hour}:${pad(minute)}` : `${hour}${style}${minute === 0 ? '' : `${style === ' h' ? ' ' : ''}${pad(minute)}`}`;
      return twin(french, `${pad(hour)}:${pad(minute)}`);
    }),
  fc.constantFrom<Twin>(['midi', 'noon'], ['minuit', 'midnight']),
);
const days = fc.constantFrom<Twin>(
  ['les jours de semaine', 'weekdays'], ['le week-end', 'on weekends'], ['tous les samedis', 'every Saturday'], ['lun., mer.', 'Mon, Wed'],
  ['lun.-ven.', 'Mon-Fri'], ['tous les jours', 'every day'], ['ven.-lun.', 'Fri-Mon'], ['les dimanches', 'Sundays'], ['du lundi au vendredi', 'Mon-Fri'],
);
const when: fc.Arbitrary<Twin> = fc.oneof(
  dayOfMonth.map(([fr, en]) => twin(`le ${fr}`, `on ${en}`)),
  otherDay,
  fc.tuple(dayNumber, dayNumber, month).map(([first, last, [fr, en]]) => twin(`du ${first} au ${last} ${fr}`, `from ${en} ${first} to ${en} ${last}`)),
  fc.tuple(date, time, date, time).map(([d1, t1, d2, t2]) => twin(`du ${d1[0]} ${t1[0]} au ${d2[0]} ${t2[0]}`, `from ${d1[1]} ${t1[1]} to ${d2[1]} ${t2[1]}`)),
  fc.tuple(dayOfMonth, dayOfMonth).map(([d1, d2]) => twin(`entre le ${d1[0]} et le ${d2[0]}`, `between ${d1[1]} and ${d2[1]}`)),
  fc.tuple(dayOfMonth, time, time).map(([day, from, to]) => twin(`le ${day[0]} de ${from[0]} à ${to[0]}`, `on ${day[1]} from ${from[1]} to ${to[1]}`)),
  fc.tuple(days, time, time).map(([weekly, from, to]) => twin(`${weekly[0]} de ${from[0]} à ${to[0]}`, `${weekly[1]} from ${from[1]} to ${to[1]}`)),
  days,
  time.map(([fr, en]) => twin(`maintenant jusqu'à ${fr}`, `now until ${en}`)),
  fc.integer({ min: 1, max: 72 }).map((hours) => twin(`pendant ${hours} heures`, `for ${hours} hours`)),
);
const target = fc.constantFrom<Twin>(
  ['la messagerie', 'voicemail'], ['Alice', 'Alice'], ['le poste 102', 'ext 102'], ["l'accueil", 'greeting'], ['Sales', 'Sales'],
  ["Alice, Bob et Chloé dans l'ordre", 'Alice, Bob and Chloé in order'], ["l'accueil puis raccrocher", 'greeting then hang up'], ["l'annonce", 'announcement'],
);
const command: fc.Arbitrary<Twin> = fc.oneof(
  fc.tuple(target, when).map(([to, at]) => twin(`envoyer vers ${to[0]} ${at[0]}`, `route to ${to[1]} ${at[1]}`)),
  fc.tuple(target, when).map(([to, at]) => twin(`envoyer les appels vers ${to[0]} ${at[0]} quand le +1 415 appelle`, `send calls to ${to[1]} ${at[1]} when +1 415 calls`)),
  target.map(([fr, en]) => twin(`envoyer vers ${fr} en dehors des heures`, `route to ${en} after hours`)),
  fc.tuple(days, time, time).map(([weekly, from, to]) => twin(`heures ${weekly[0]} ${from[0]}-${to[0]}`, `hours ${weekly[1]} ${from[1]}-${to[1]}`)),
  fc.tuple(fc.constantFrom('US', 'CA-QC', 'FR', 'GB-ENG'), fc.integer({ min: 2026, max: 2030 })).map(([code, year]) => twin(`fériés ${code} ${year}`, `holidays ${code} ${year}`)),
  fc.oneof(time, date).map(([fr, en]) => twin(`fermer maintenant jusqu'à ${fr}`, `close now until ${en}`)),
  fc.oneof(time, date).map(([fr, en]) => twin(`état ${fr}`, `status at ${en}`)),
  fc.tuple(date, time).map(([day, at]) => twin(`tester ${day[0]} ${at[0]} de +1 415 555 0100`, `test ${day[1]} ${at[1]} from +1 415 555 0100`)),
  fc.constantFrom<Twin>(
    ['ouvrir', 'open'], ['règles', 'rules'], ['règle Lunch désactivée', 'rule Lunch off'], ["sonner Sales dans l'ordre", 'ring Sales in order'],
    ['composer 0 vers Alice dans Support Menu', 'dial 0 to Alice in Support Menu'], ['fermer maintenant', 'close now'], ['approuver 12', 'approve 12'],
  ),
);

function contextAt(millis: number, timeZone: string) {
  return companyContext(DateTime.fromMillis(millis, { zone: timeZone }), { timeZone });
}

const stripAccents = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '');

describe('parseCommand properties in French', () => {
  it('reads a French command as the same Intent as its English twin, or refuses both with one code', () => {
    fc.assert(
      fc.property(command, nowMillis, zone, ([french, english], millis, timeZone) => {
        const context = contextAt(millis, timeZone);
        const fromFrench = parseCommand(french, context, { language: 'fr' });
        const fromEnglish = parseCommand(english, context);
        expect(fromFrench.ok).toBe(fromEnglish.ok);
        if (fromFrench.ok && fromEnglish.ok) {
          expect(fromFrench.language).toBe('fr');
          expect(withoutNames(fromFrench.intent)).toEqual(withoutNames(fromEnglish.intent));
        } else if (!fromFrench.ok && !fromEnglish.ok) {
          expect(fromFrench.code).toBe(fromEnglish.code);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('names a French rule in French, from the same schedule an English rule is named from', () => {
    const rule = command.filter(([french]) => french.startsWith('envoyer'));
    fc.assert(
      fc.property(rule, nowMillis, zone, ([french, english], millis, timeZone) => {
        const context = contextAt(millis, timeZone);
        const fromFrench = parseCommand(french, context, { language: 'fr' });
        const fromEnglish = parseCommand(english, context);
        if (!fromFrench.ok || !fromEnglish.ok || fromFrench.intent.kind !== 'add-rule' || fromEnglish.intent.kind !== 'add-rule') return;
        const parts = { when: fromEnglish.intent.schedule, callers: fromEnglish.intent.callers, calledNumbers: fromEnglish.intent.calledNumbers };
        expect(fromFrench.intent.proposedName).toBe(proposeRuleName(parts, context, 'fr'));
        expect(fromEnglish.intent.proposedName).toBe(proposeRuleName(parts, context, 'en'));
        expect(intentSchema.parse(JSON.parse(JSON.stringify(fromFrench.intent)))).toStrictEqual(fromFrench.intent);
      }),
      { numRuns: 300 },
    );
  });

  it('reports French for a French command, even when the person prefers English', () => {
    fc.assert(
      fc.property(command, nowMillis, zone, ([french], millis, timeZone) => {
        const result = parseCommand(french, contextAt(millis, timeZone), { language: 'en' });
        if (result.ok) expect(result.language).toBe('fr');
      }),
      { numRuns: 200 },
    );
  });

  it('reads a French command without its accents as with them', () => {
    fc.assert(
      fc.property(command, nowMillis, zone, ([french], millis, timeZone) => {
        const context = contextAt(millis, timeZone);
        const accented = parseCommand(french, context, { language: 'fr' });
        const plain = parseCommand(stripAccents(french), context, { language: 'fr' });
        if (accented.ok) {
          expect(plain).toEqual(accented);
        } else {
          expect(plain).toMatchObject({ ok: false, code: accented.code, text: stripAccents(accented.text), language: accented.language });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on French-looking text, and refuses it with one code, quoting what was typed', () => {
    const context = companyContext();
    const words = fc.constantFrom(
      'envoyer', 'vers', 'la', 'messagerie', 'le', 'du', 'au', 'à', "jusqu'à", 'de', 'déc.', '25', '1er', '17 h', '9h30', 'lun.-ven.', 'les',
      'jours', 'semaine', 'week-end', 'tous', 'samedis', 'pendant', 'heures', 'quand', 'appelle', '+1', 'nommée', '"', 'Noël', 'fériés',
      'CA-QC', '2027', 'fermer', 'ouvrir', 'règle', 'désactivée', 'état', 'tester', 'approuver', 'refuser', 'parce', 'que', 'sonner',
      "dans l'ordre", 'composer', '0', 'demain', 'maintenant', 'et', 'ou', 'entre', "l'", 'poste', 'é', '\u0000', '-', ',',
    );
    const verb = fc.constantFrom('envoyer vers', 'heures', 'fériés', 'fermer', 'règle', 'état', 'tester', 'semaine', 'refuser', 'sonner', 'composer 0', 'approuver');
    const text = fc.oneof(
      fc.array(words, { maxLength: 40 }).map((parts) => parts.join(' ')),
      fc.tuple(verb, fc.string({ maxLength: 60 })).map(([first, rest]) => `${first} ${rest}`),
      fc.tuple(verb, fc.string({ unit: 'grapheme', maxLength: 40 })).map(([first, rest]) => `${first} ${rest}`),
      fc.tuple(command, fc.string({ maxLength: 20 })).map(([[french], noise]) => `${french}${noise}`),
    );
    const codes: ReadonlySet<string> = new Set(REFUSAL_CODES);
    fc.assert(
      fc.property(text, (input) => {
        const result = parseCommand(input, context, { language: 'fr' });
        if (result.ok) return;
        expect(codes.has(result.code)).toBe(true);
        if (result.language === 'fr') expect(normalizeCommandText(input)).toContain(result.text);
      }),
      { numRuns: 600 },
    );
  });

  it('accepts a good share of the generated French commands, so the properties above test something', () => {
    const accepted = fc
      .sample(fc.tuple(command, nowMillis, zone), { numRuns: 300, seed: 17 })
      .filter(([[french], millis, timeZone]) => parseCommand(french, contextAt(millis, timeZone), { language: 'fr' }).ok).length;
    expect(accepted).toBeGreaterThan(100);
  });
});
