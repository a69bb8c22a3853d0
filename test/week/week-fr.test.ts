import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { resolveWeek, type WeekRouting } from '../../src/callflow/index.ts';
import { NARROW_NO_BREAK_SPACE as NARROW, NO_BREAK_SPACE as NBSP } from '../../src/i18n/index.ts';
import { renderWeekSvg, weekLegendLines, weekTimeline } from '../../src/week/index.ts';
import { frenchTypographyFaults } from '../i18n/typography-faults.ts';
import { COMPANY_ZONE, allDayOn, company, customRule, dateRange, onDates, toExt } from '../fixtures/call-handling.ts';

const at = (local: string): DateTime => DateTime.fromISO(local, { zone: COMPANY_ZONE });
const christmas = customRule({ id: 'r-x', name: 'Christmas', schedule: onDates(allDayOn('2026-12-25')), destination: toExt('110') });
const closure = customRule({ id: 'r-c', name: 'Closed until Dec 26, 09:00', schedule: onDates(allDayOn('2026-12-24')), destination: toExt('300') });
const withHoliday = company({ customRules: [christmas] });
const frenchWeek: WeekRouting = resolveWeek(withHoliday, { weekOf: at('2026-12-23'), now: at('2026-12-21T10:20'), language: 'fr' });

describe('the week in French', () => {
  it('labels the days, titles the week and words the legend in French', () => {
    expect(frenchWeek.language).toBe('fr');
    expect(frenchWeek.title).toBe('Où vont les appels au +16505550100, semaine du lun. 21 déc. 2026 (US/Eastern)');
    expect(frenchWeek.days.map((day) => day.label)).toEqual(['lun. 21 déc.', 'mar. 22 déc.', 'mer. 23 déc.', 'jeu. 24 déc.', 'ven. 25 déc.', 'sam. 26 déc.', 'dim. 27 déc.']);
    expect(frenchWeek.legend.map((entry) => `${entry.destination} — ${entry.rule}`)).toEqual([
      'Main Voicemail (poste 300) — La règle en dehors des heures',
      "l'accueil de l'entreprise — La règle des heures d'ouverture",
      `Holiday Message (poste 110) — La règle personnalisée «${NBSP}Christmas${NBSP}»`,
    ]);
  });

  it('gives the legend lines read beside the picture in French, unusual days included', () => {
    expect(weekLegendLines(frenchWeek)).toEqual([
      `A${NBSP}: Main Voicemail (poste 300), par la règle en dehors des heures`,
      `B${NBSP}: l'accueil de l'entreprise, par la règle des heures d'ouverture`,
      `C${NBSP}: Holiday Message (poste 110), par la règle personnalisée «${NBSP}Christmas${NBSP}»`,
      `ven. 25 déc. sort de l'ordinaire${NBSP}: Règle de dates «${NBSP}Christmas${NBSP}».`,
    ]);
  });

  it('names a closure and lists two reasons the French way', () => {
    // The morning of Christmas Day is decided by a closure listed first, the rest of it by Christmas.
    const morning = customRule({ ...closure, id: 'r-c2', name: 'Closed until Dec 25, 12:00', schedule: onDates(dateRange('2026-12-25T00:00', '2026-12-25T12:00')) });
    const both = resolveWeek(company({ customRules: [closure, morning, christmas] }), {
      weekOf: at('2026-12-23'),
      now: at('2026-12-21T10:20'),
      language: 'fr',
    });
    const christmasDay = both.days.find((day) => day.date === '2026-12-25');
    expect(both.days.find((day) => day.date === '2026-12-24')?.unusual).toEqual([`Fermeture «${NBSP}Closed until Dec 26, 09:00${NBSP}»`]);
    expect(christmasDay?.unusual).toEqual([`Fermeture «${NBSP}Closed until Dec 25, 12:00${NBSP}»`, `Règle de dates «${NBSP}Christmas${NBSP}»`]);
    expect(weekLegendLines(both).at(-1)).toContain(`»${NARROW}; `);
    for (const line of weekLegendLines(both)) expect(frenchTypographyFaults(line), line).toEqual([]);
  });

  it('marks now and the unusual day in the French timeline', () => {
    const lines = weekTimeline(frenchWeek, { color: false });
    expect(lines[0]).toBe(frenchWeek.title);
    expect(lines[2]).toMatch(/^lun\. 21 déc\. +[█░]+ {2}◀ maintenant 10 h 20$/u);
    expect(lines.at(-1)).toBe(`★ ven. 25 déc.${NBSP}: Règle de dates «${NBSP}Christmas${NBSP}»`);
  });

  it('draws French day names, the French legend and "Maintenant" in the SVG', () => {
    const svg = renderWeekSvg([frenchWeek]);
    for (const label of ['lun. 21 déc.', 'ven. 25 déc. ★', 'dim. 27 déc.']) expect(svg).toContain(`>${label}</text>`);
    expect(svg).toContain(`>Maintenant${NBSP}: lun. 21 déc., 10 h 20</text>`);
    expect(svg).toContain('La règle en dehors des heures');
    expect(svg).not.toMatch(/>(Mon|Fri) Dec|Now:/);
  });

  it('says a skipped DST hour in French', () => {
    const dstWeek = resolveWeek(withHoliday, { weekOf: at('2026-03-08'), now: at('2026-03-02T10:00'), language: 'fr' });
    expect(weekTimeline(dstWeek, { color: false })).toContain(`··    Heure inexistante${NBSP}: on avance l'heure`);
    // The SVG escapes the apostrophe.
    expect(renderWeekSvg([dstWeek])).toContain(`Heure inexistante${NBSP}: on avance l&apos;heure`);
  });

  it('stays in English when no language is given', () => {
    const english = resolveWeek(withHoliday, { weekOf: at('2026-12-23'), now: at('2026-12-21T10:20') });
    expect(english.language).toBe('en');
    expect(english.days[0]?.label).toBe('Mon Dec 21');
    expect(weekLegendLines(english).at(-1)).toBe('Fri Dec 25 is unusual: Date rule "Christmas".');
  });
});
