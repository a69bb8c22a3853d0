import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/language/index.ts';
import { companyContext, EXTENSIONS, NOW } from './fixtures/company-context.ts';
import { expectTwins, intentIn, refusalIn } from './fixtures/read-french.ts';

// French twins of parse-command.test.ts: each French command reads, in French, as the same
// Intent as the English one beside it (the names a rule is given aside: see propose-rule-name-fr).
// The fixtures read commands on Wed Nov 25, 2026 at 22:00 in New York.

describe('parseCommand in French: route to a default destination', () => {
  it.each([
    ['envoyer vers la messagerie', 'route to voicemail'],
    ['envoyer vers Alice en dehors des heures', 'route to Alice after hours'],
    ["router vers Alice hors des heures d'ouverture", 'route to Alice after hours'],
    ['envoyer en dehors des heures vers la messagerie', 'route after hours to voicemail'],
    ["envoyer vers l'accueil pendant les heures d'ouverture", 'route to greeting'],
    ["envoyer les appels vers l'accueil", 'send calls to greeting'],
    ["router vers l'accueil", 'send to greeting'],
    ["transférer vers l'accueil", 'forward to greeting'],
    ["renvoyer les appels vers le message d'accueil", 'forward calls to greeting'],
    ['renvoyer sur la messagerie vocale', 'route to voicemail'],
    ['envoyer au poste 102', 'route to ext 102'],
    ['envoyer vers le standard', 'route to operator'],
    ["envoyer vers l'annonce", 'route to announcement'],
    ["envoyer vers l'accueil puis raccrocher en dehors des heures", 'route to greeting then hang up after hours'],
    ["envoyer vers Alice, Bob et Chloé dans l'ordre", 'route to Alice, Bob and Chloé in order'],
    ['envoyer vers Alice et Bob', 'route to Alice and Bob'],
    ['envoyer vers Alice, Bob le plus longtemps inactif en dehors des heures', 'route to Alice, Bob longest idle after hours'],
    ['envoyer vers Alice et Bob tous en même temps', 'route to Alice and Bob all at once'],
  ])('reads "%s" as "%s"', (french, english) => {
    expectTwins(french, english);
  });
});

describe('parseCommand in French: route to a custom rule', () => {
  it.each([
    ['envoyer vers la messagerie le 25 déc.', 'route to voicemail on Dec 25'],
    ['envoyer vers la messagerie le 25 déc. nommée "Noël"', 'route to voicemail on Dec 25 named "Noël"'],
    ['envoyer vers la messagerie le 25 déc. nommée Fête de Noël', 'route to voicemail on Dec 25 named Fête de Noël'],
    ['envoyer vers la messagerie comme "Xmas" le 25 déc.', 'route to voicemail as "Xmas" on Dec 25'],
    ['envoyer vers Alice quand le +1 415 appelle', 'route to Alice when +1 415 calls'],
    ["envoyer vers l'accueil pour les appels au +1 (650) 555-0100 le week-end", 'route to greeting for calls to +1 (650) 555-0100 on weekends'],
    ['envoyer vers Bob si le 4155550100 ou le 6505550100 appelle', 'route to Bob if 4155550100 or 6505550100 calls'],
    ['envoyer vers Alice pour les appels de +1 415 demain', 'route to Alice for calls from +1 415 tomorrow'],
    ['envoyer vers Alice et Bob tous en même temps vendredi', 'route to Alice and Bob all at once on Friday'],
    ['envoyer vers la messagerie pendant 90 minutes', 'route to voicemail for 90 minutes'],
  ])('reads "%s" as "%s"', (french, english) => {
    expectTwins(french, english);
  });

  it('keeps the name given as typed, accents and all', () => {
    expect(intentIn('fr', 'envoyer vers la messagerie le 25 déc. nommée "Fête de Noël"')).toMatchObject({ name: 'Fête de Noël' });
  });
});

describe('parseCommand in French: other commands', () => {
  it.each([
    ['sonner Sales le plus longtemps libre', 'ring Sales longest idle'],
    ["faire sonner la file Sales dans l'ordre", 'ring Sales in order'],
    ['sonner Sales tous en même temps', 'ring Sales all at once'],
    ['composer 0 vers le standard', 'dial 0 to operator'],
    ['composer 0 vers standardiste dans Support Menu', 'dial 0 to operator in Support Menu'],
    ["composer 0 vers l'accueil dans Support Menu", 'dial 0 to greeting in Support Menu'],
    ['composer le 0 pour rien dans support menu', 'dial 0 to nothing in support menu'],
    ['appuyer sur 0 pour Alice dans le poste 301', 'press 0 for Alice in ext 301'],
    ['heures lun.-ven. 9 h-17 h, sam. 10 h-14 h', 'hours Mon-Fri 9-5, Sat 10-14'],
    ['horaires du lundi au vendredi 9h-17h, samedi 10h-14h', 'hours Mon-Fri 9-5, Sat 10-14'],
    ['heures 24/7', 'hours 24/7'],
    ['heures 24 h/24', 'hours 24/7'],
    ['heures tous les jours 0 h-24 h', 'hours every day 0:00-24:00'],
    ['heures vendredi 9 h-12 h', 'hours Friday 9-12'],
    ['fermer maintenant', 'close now'],
    ['fermer', 'close'],
    ["fermer maintenant jusqu'à 9 h", 'close now until 9am'],
    ["fermer jusqu'à 15 h vers la messagerie", 'close until 3pm to voicemail'],
    ["fermer maintenant vers la messagerie jusqu'à 15 h", 'close now to voicemail until 3pm'],
    ['fermer pendant 1 heure', 'close for 1 hour'],
    ['fermer jusqu\u2019à 15\u202Fh', 'close until 3pm'],
    ['ouvrir', 'open'],
    ['rouvrir', 'reopen'],
    ['règles', 'rules'],
    ['afficher les règles', 'show rules'],
    ['règle Lunch désactivée', 'rule Lunch off'],
    ['règle "lunch" activée', 'rule "lunch" on'],
    ['règle LUNCH supprimer', 'rule LUNCH delete'],
    ['désactiver la règle Lunch', 'disable rule Lunch'],
    ['supprimer la règle "Lunch"', 'delete rule "Lunch"'],
    ['règle r1 désactivée', 'rule r1 off'],
    ['état', 'status'],
    ['état le 24 déc. à 18 h', 'status at Dec 24 6pm'],
    ['état 24 déc. 18 h', 'status at Dec 24 6pm'],
    ['état demain', 'status at tomorrow'],
    ['tester le 24 déc. à 10 h de +1 415 555 0100 au 650-555-0199', 'test Dec 24 10am from +1 415 555 0100 to 650-555-0199'],
    ['ENVOYER VERS LA MESSAGERIE 24\u201326 DÉC.', 'route to voicemail Dec 24-26'],
  ])('reads "%s" as "%s"', (french, english) => {
    expectTwins(french, english);
  });

  it('reads against the directory it is given, not a fixed one', () => {
    const context = companyContext(NOW, { extensions: [...EXTENSIONS, { id: '900', extensionNumber: '900', name: 'Night Desk', type: 'User', enabled: true }] });
    expect(intentIn('fr', 'envoyer vers Night Desk', context)).toMatchObject({ target: { extensionId: '900' } });
  });

  it('keeps a directory name that is a French word as the name, as English lets names win over keywords', () => {
    const context = companyContext(NOW, { extensions: [...EXTENSIONS, { id: '901', extensionNumber: '901', name: 'Accueil', type: 'Department', enabled: true }] });
    expect(intentIn('fr', "envoyer vers l'accueil le samedi", context)).toMatchObject({ target: { kind: 'extension', extensionId: '901' } });
    expect(intentIn('fr', "envoyer vers l'accueil le samedi")).toMatchObject({ target: { kind: 'greeting' } });
  });

  it('keeps a rule name made of French date words as typed', () => {
    const context = companyContext(NOW, { customRules: [{ id: 'r9', name: 'Midi le lundi', enabled: true, schedule: { kind: 'always' }, callers: [], calledNumbers: [], destination: { kind: 'greeting' } }] });
    expect(intentIn('fr', 'règle "Midi le lundi" désactivée', context)).toEqual({ kind: 'change-rule', ruleId: 'r9', ruleName: 'Midi le lundi', change: 'disable' });
  });

  it('keeps a country code that is a French word as the code', () => {
    expect(intentIn('fr', 'fériés DE 2027')).toMatchObject({ kind: 'holidays', country: 'DE', year: 2027 });
  });
});

describe('parseCommand in French: refusals carry candidates and quote the French', () => {
  it('lists the users an ambiguous first name matches', () => {
    expect(refusalIn('fr', 'envoyer vers Alex vendredi')).toEqual({
      ok: false,
      code: 'target-ambiguous',
      text: 'Alex',
      candidates: ['Alex Kim (ext 104)', 'Alex Ray (ext 105)'],
    });
  });

  it('suggests names like an unknown target', () => {
    expect(refusalIn('fr', 'envoyer vers Alise vendredi')).toEqual({ ok: false, code: 'target-unknown', text: 'Alise', candidates: ['Alice Smith (ext 101)'] });
  });

  it('lists the rules sharing a name', () => {
    expect(refusalIn('fr', 'règle "Board call" désactivée')).toMatchObject({ code: 'rule-ambiguous', candidates: ['Board call (id r3)', 'Board call (id r4)'] });
  });

  it('lists the regions of a country when the region is unknown', () => {
    expect(refusalIn('fr', 'fériés CA-ZZ 2027')).toMatchObject({ code: 'holidays-region-unknown', text: 'CA-ZZ' });
    expect(refusalIn('fr', 'fériés CA-ZZ 2027').candidates).toContain('CA-QC (Quebec)');
  });

  it.each([
    ['envoyer vers la messagerie le 31 avril', 'date-impossible', '31 avril'],
    ['envoyer vers la messagerie le 25 déc. s\'il vous plaît', 'leftover-words', "s'il vous plaît"],
    ['envoyer vers Bob quand Bob appelle', 'phone-number-unreadable', 'Bob'],
    ['approuver', 'request-id-missing', 'approuver'],
    ['fériés US', 'holidays-needs-year', 'US'],
    ['sonner Sales', 'ring-mode-missing', 'Sales'],
    ['règle Lunch', 'rule-action-missing', 'Lunch'],
    ['envoyer vers la messagerie du 26 déc. au 24 déc.', 'range-ends-before-start', '26 déc. au 24 déc'],
  ])('refuses "%s" with %s, quoting "%s" as typed', (text, code, quoted) => {
    expect(refusalIn('fr', text)).toMatchObject({ code, text: quoted });
  });
});

describe('parseCommand: which language reads a command', () => {
  const context = companyContext();

  it('reads French in French and English in English, whichever the person prefers', () => {
    expect(parseCommand('envoyer vers la messagerie le 25 déc.', context, { language: 'en' })).toMatchObject({ ok: true, language: 'fr' });
    expect(parseCommand('envoyer vers la messagerie le 25 déc.', context, { language: 'fr' })).toMatchObject({ ok: true, language: 'fr' });
    expect(parseCommand('route to voicemail on Dec 25', context, { language: 'fr' })).toMatchObject({ ok: true, language: 'en' });
    expect(parseCommand('route to voicemail on Dec 25', context)).toMatchObject({ ok: true, language: 'en' });
  });

  it("gives the other language's refusal when the person's did not know the command", () => {
    expect(parseCommand('envoyer vers la messagerie le 31 avril', context, { language: 'en' })).toMatchObject({ ok: false, code: 'date-impossible', language: 'fr' });
    expect(parseCommand('route to voicemail on Dec 32', context, { language: 'fr' })).toMatchObject({ ok: false, code: 'date-impossible', language: 'en' });
  });

  it("gives the person's own refusal when both languages refuse and theirs knew the command", () => {
    expect(parseCommand('route to voicemail le 25 déc.', context, { language: 'en' })).toMatchObject({ ok: false, code: 'date-language', language: 'en' });
    expect(parseCommand('envoyer vers Alise', context, { language: 'fr' })).toMatchObject({ ok: false, code: 'target-unknown', language: 'fr' });
  });

  it("gives the person's own refusal when no language knows the command", () => {
    expect(parseCommand('redémarrer les téléphones', context, { language: 'fr' })).toEqual({ ok: false, code: 'command-unknown', text: 'redémarrer', language: 'fr' });
    expect(parseCommand('reboot the phones', context)).toEqual({ ok: false, code: 'command-unknown', text: 'reboot', language: 'en' });
  });

  it('answers an empty or overlong command in the person\'s language', () => {
    expect(parseCommand('  ', context, { language: 'fr' })).toEqual({ ok: false, code: 'command-empty', text: '', language: 'fr' });
    expect(parseCommand('x'.repeat(501), context, { language: 'fr' })).toMatchObject({ code: 'command-too-long', language: 'fr' });
  });

  it('does not read an English command word as French', () => {
    // A French speaker's English command is read by the English grammar and says so.
    expect(parseCommand('rules', context, { language: 'fr' })).toMatchObject({ ok: true, language: 'en' });
    expect(parseCommand('test Dec 24 10am', context, { language: 'fr' })).toMatchObject({ ok: true, language: 'en' });
  });
});
