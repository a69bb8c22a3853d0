import { phrase, type FrenchRule } from './french-rule.ts';

// A clock time already rewritten ("09:00", "noon", a bare "9"), so a following "à" is "to".
const CLOCK = /^(?:\d{1,2}(?::\d{2})?|noon|midnight)$/;
// A time coming next ("à 17 h", "à 9", "à midi"), so "à" is "at"; a phone number is not one.
const TIME_AHEAD = /^\s*(?:\d{1,2}\s?h(?![\p{L}])|\d{1,2}:\d{2}|midi|minuit|\d{1,2}(?![\d\s]|\s+\d))/u;

/**
 * The rest of the French words the grammar needs, rewritten into its English: where calls go
 * ("la messagerie" -> "voicemail", "le poste 102" -> "ext 102"), how a queue rings, after hours,
 * caller conditions ("quand le +1 514 appelle" -> "when +1 514 calls"), a rule's own name, and
 * the small words (de, à, vers, et, ou, le). Longer phrases go first.
 */
export const FRENCH_WORD_RULES: ReadonlyArray<FrenchRule> = [
  phrase(`(?:en dehors|hors) (?:des )?(?:heures|horaires)(?: (?:d'ouverture|de bureau|ouvrables|d'affaires))?|apres les heures(?: (?:d'ouverture|de bureau|ouvrables|d'affaires))?`, 'after hours'),
  phrase(`(?:pendant|durant|dans|en) (?:les )?(?:heures|horaires) (?:d'ouverture|de bureau|ouvrables|d'affaires)`, 'during business hours'),
  phrase(`(?:pour|sur) les appels (?:de|du|des|depuis|provenant d(?:e|u|'))`, 'for calls from'),
  phrase(`(?:pour|sur) les appels (?:vers|au|aux|a|pour|destines a(?:u|ux)?)`, 'for calls to'),
  phrase(`quand|lorsque|lorsqu'|si`, 'when'),
  phrase(`appellent|appelle|appelent`, 'calls'),
  phrase(`(?:nommee?s?|appelee?s?|intitulee?s?|sous le nom(?: de)?|avec le nom)(?=\\s*")`, 'named'),
  phrase(`nommee?s?|appelee?s?|intitulee?s?|sous le nom(?: de)?|avec le nom`, 'named', { keepRest: true }),
  phrase(`comme(?=\\s*")`, 'as'),
  // Where calls go. A directory name typed where a target starts is found before these (see scanFrench).
  phrase(`(?:l'|le )?(?:message d')?accueil(?: de l'entreprise)? (?:puis|et) (?:raccrocher|racrocher|deconnecter|fin de l'appel)`, 'greeting then hang up'),
  phrase(`(?:l'|le )?(?:message d')?accueil(?: de l'entreprise)?`, 'greeting'),
  phrase(`(?:la |sa |une )?(?:messagerie(?: vocale)?|boite vocale|boite de messagerie|repondeur)`, 'voicemail'),
  phrase(`(?:le |la |l')?(?:standard|standardiste|operateur|operatrice|telephoniste)`, 'operator'),
  phrase(`(?:le |la )?menu principal`, 'main menu'),
  phrase(`(?:le )?site principal`, 'main site'),
  phrase(`(?:le )?message (?:des fetes|de conge|de vacances|de fermeture)`, 'holiday message'),
  phrase(`(?:l'|une )?annonce`, 'announcement'),
  phrase(String.raw`(?:le )?poste\s?(\d{1,8})`, (match) => `ext ${match[1] ?? ''}`),
  // "le menu Support", "la file Ventes": the kind of extension before its name says nothing more.
  phrase(`(?:le |la |l')(?:menu|file(?: d'attente)?|groupe|ligne partagee|equipe)(?=\\s)`, ''),
  phrase(`(?:tous |toutes )?(?:en meme temps|a la fois)|simultanement|ensemble`, 'all at once'),
  phrase(`dans l'ordre|dans cet ordre|(?:l')?une? apres l'autre|une? par une?|successivement|a tour de role|en sequence`, 'in order'),
  phrase(`(?:(?:au|le) )?plus longtemps (?:inacti(?:f|ve)s?|libres?|disponibles?)|(?:inacti(?:f|ve)s?|libres?) (?:depuis )?le plus longtemps|en rotation|en alternance`, 'longest idle'),
  phrase(`ne rien faire|rien|aucune action`, 'nothing'),
  phrase(String.raw`(?:la )?demande(?: (?:n°|no|numero))?(?=\s*#?\s*\d)`, 'request'),
  phrase(String.raw`(?:n°|no|numero)(?=\s*\d)`, '#'),
  phrase(`toujours(?: ouverte?s?)?`, 'always open'),
  phrase(`ouverte?s?`, 'open'),
  // The small words. "le" before a date or a number is dropped ("le 25 déc.", "le +1 514"), or
  // is "on" after the times of that day ("de 12 h à 17 h le 31 déc.").
  phrase(
    String.raw`(?:le|les|la)(?=\s+(?:\d|1er|premier|\+|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(?:\d|1er|premier)))`,
    (_match, around) => (CLOCK.test(around.previous) ? 'on' : ''),
  ),
  phrase(`a partir d(?:e|u|')|depuis|des`, 'from'),
  phrase(`du|de|d'`, 'from'),
  phrase(`entre`, 'between'),
  phrase(`et`, 'and'),
  phrase(`ou`, 'or'),
  phrase(`vers|au|aux`, 'to'),
  phrase(`a`, (_match, around) => (CLOCK.test(around.previous) || !TIME_AHEAD.test(around.next) ? 'to' : 'at')),
  phrase(`dans`, 'in'),
  phrase(`pour|pendant|durant`, 'for'),
  phrase(`sur`, 'on'),
  phrase(`le|la|les|l'`, 'the'),
];
