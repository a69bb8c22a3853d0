import { ownValue } from '../own-value.ts';
import type { Piece } from './french-rewrite.ts';
import type { FrenchText } from './french-text.ts';

/** Rewrites the text from `from` (to `to`, else to the end), after the English `previous`. */
export type ScanRest = (from: number, previous: string, to?: number) => ReadonlyArray<Piece>;

/** One French command form: its pieces when the text starts with its words, else null. */
export type FrenchCommand = (text: FrenchText, scanRest: ScanRest) => ReadonlyArray<Piece> | null;

const WORD_END = String.raw`(?![\p{L}\p{N}])`;
// An apostrophe, a space or nothing, as people type "l'audit", "l audit".
const APOSTROPHE = String.raw`(?:'\s?|\s)?`;

// The command's first words (folded), the English command word they stand for, and the rest
// read as French. Every English command has its French twin here or below.
function command(pattern: string, english: string | ((match: RegExpExecArray) => string)): FrenchCommand {
  const regex = new RegExp(`^(?:${pattern.replace(/ /g, String.raw`\s+`).replace(/'/g, APOSTROPHE)})${WORD_END}`, 'u');
  return (text, scanRest) => {
    const match = regex.exec(text.folded);
    if (match === null) return null;
    const word = typeof english === 'string' ? english : english(match);
    return [{ english: word, from: 0, to: match[0].length, verbatim: false }, ...scanRest(match[0].length, word)];
  };
}

const RULE_THEN_CHANGE = /^regle\s+(.+?)\s+(desactivee?s?|desactiver|activee?s?|activer|supprimee?s?|supprimer|effacee?s?|effacer|on|off)$/du;
const CHANGE_THEN_RULE = /^(desactiver|activer|supprimer|effacer)\s+((?:la\s+)?regle)\s+(.+)$/du;
const RULE_ONLY = /^regle(?![\p{L}\p{N}])\s*(.*)$/du;

const RULE_WORD = 'regle'.length;
// By the first four letters of "désactivée", "activer", "supprimer", "effacée", "on", "off".
const CHANGE_AFTER: Readonly<Record<string, string>> = { desa: 'off', off: 'off', acti: 'on', on: 'on' };
const CHANGE_BEFORE: Readonly<Record<string, string>> = { desa: 'disable', acti: 'enable' };

// A rule's name is kept exactly as typed, whatever French words it holds ("Midi", "Fermé le lundi").
const ruleCommand: FrenchCommand = (text) => {
  const kept = (span: readonly [number, number] | undefined): Piece => {
    const [from, to] = span ?? [0, 0];
    return { english: text.source.slice(from, to), from, to, verbatim: true };
  };
  const after = RULE_THEN_CHANGE.exec(text.folded);
  if (after !== null) {
    const [changeFrom, changeTo] = after.indices?.[2] ?? [0, 0];
    const change = ownValue(CHANGE_AFTER, (after[2] ?? '').slice(0, 4)) ?? 'delete';
    return [
      { english: 'rule', from: 0, to: RULE_WORD, verbatim: false },
      kept(after.indices?.[1]),
      { english: change, from: changeFrom, to: changeTo, verbatim: false },
    ];
  }
  const before = CHANGE_THEN_RULE.exec(text.folded);
  if (before !== null) {
    const change = ownValue(CHANGE_BEFORE, (before[1] ?? '').slice(0, 4)) ?? 'delete';
    const [verbFrom, verbTo] = before.indices?.[1] ?? [0, 0];
    const [ruleFrom, ruleTo] = before.indices?.[2] ?? [0, 0];
    return [
      { english: change, from: verbFrom, to: verbTo, verbatim: false },
      { english: 'rule', from: ruleFrom, to: ruleTo, verbatim: false },
      kept(before.indices?.[3]),
    ];
  }
  const only = RULE_ONLY.exec(text.folded);
  if (only === null) return null;
  return [{ english: 'rule', from: 0, to: RULE_WORD, verbatim: false }, ...(only[1] === '' ? [] : [kept(only.indices?.[1])])];
};

const REJECT = new RegExp(String.raw`^(?:refuser|rejeter)${WORD_END}\s*((?:(?:la\s+)?demande\s*)?(?:(?:n°|no|numero)\s*)?#?\s*[^\s:,;]+)?`, 'u');
const BECAUSE = /[\s:,;-]*(?:parce\s+que\s+|parce\s+qu'\s*|car\s+)/uy;

// The reason is the rejecter's own words, kept as typed; only a leading "parce que" becomes "because".
const rejectCommand: FrenchCommand = (text, scanRest) => {
  const match = REJECT.exec(text.folded);
  if (match === null) return null;
  const idEnd = match[0].length;
  const idStart = idEnd - (match[1] ?? '').length;
  const pieces: Piece[] = [{ english: 'reject', from: 0, to: idStart, verbatim: false }, ...scanRest(idStart, 'reject', idEnd)];
  BECAUSE.lastIndex = idEnd;
  const because = BECAUSE.test(text.folded) ? BECAUSE.lastIndex : idEnd;
  if (because > idEnd) pieces.push({ english: 'because', from: idEnd, to: because, verbatim: false });
  const reason = text.source.slice(because);
  if (reason.trim() !== '') pieces.push({ english: reason.trim(), from: text.source.length - reason.trimStart().length, to: text.source.length, verbatim: true });
  return pieces;
};

const HOLIDAYS = new RegExp(String.raw`^(?:(?:les\s+)?jours\s+)?(?:feries|ferie|conges\s+feries)${WORD_END}`, 'u');
const CALENDAR = /\s+([a-z]{2}(?:-[a-z0-9]{1,3})?)(?![\p{L}\p{N}-])(?:\s+(\d{4})(?!\p{N}))?/uy;

// The country code and year are kept as typed: "DE" is Germany, not "de".
const holidaysCommand: FrenchCommand = (text, scanRest) => {
  const match = HOLIDAYS.exec(text.folded);
  if (match === null) return null;
  const verb: Piece = { english: 'holidays', from: 0, to: match[0].length, verbatim: false };
  CALENDAR.lastIndex = match[0].length;
  const calendar = CALENDAR.exec(text.folded);
  if (calendar === null) return [verb, ...scanRest(match[0].length, 'holidays')];
  const end = CALENDAR.lastIndex;
  const start = end - calendar[0].trimStart().length;
  return [verb, { english: text.source.slice(start, end), from: start, to: end, verbatim: true }, ...scanRest(end, 'holidays')];
};

/**
 * The French commands, each the twin of an English one (the French command reference in
 * command-reference.ts shows one form of each): the English command word, then the rest
 * rewritten. Tried in order; none starts with another's words, except "règles" before "règle".
 */
export const FRENCH_COMMANDS: ReadonlyArray<FrenchCommand> = [
  command(`(?:etat|statut)(?: (?:a|au|pour|le))?`, 'status'),
  command(`tester(?: un appel)?(?: (?:a|au|le|pour))?`, 'test'),
  command(`semaine(?: (?:du|de la|le))?`, 'week'),
  command(`(?:(?:lister|afficher|voir) (?:les )?)?regles`, 'rules'),
  ruleCommand,
  command(`(?:r?ouvrir|reouvrir)(?: maintenant)?`, 'open'),
  command(`fermer`, 'close'),
  command(`(?:(?:definir|regler|changer|modifier) (?:les )?)?(?:heures|horaires)(?: (?:d'ouverture|de bureau|d'affaires))?(?:\\s*:)?`, 'hours'),
  holidaysCommand,
  command(`(?:faire )?sonner`, 'ring'),
  command(`(?:composer|faire|taper|appuyer sur) (?:le )?(?:0|zero)|(?:la )?touche (?:0|zero)`, 'dial 0'),
  command(`(?:(?:lister|afficher|voir) (?:les )?)?demandes(?: en attente)?|en attente`, 'requests'),
  command(`approuver|valider|accepter`, 'approve'),
  rejectCommand,
  command(`annuler|retirer`, 'cancel'),
  command(`replanifier|recalculer`, 'replan'),
  command(`(?:(?:afficher|voir) (?:l')?)?historique`, 'history'),
  command(`defaire|revenir sur`, 'undo'),
  command(`verifier (?:l'audit|le journal d'audit|la piste d'audit)`, 'audit verify'),
  command(`(?:envoyer|router|transferer|renvoyer|acheminer|diriger|rediriger)(?: (?:tous )?les appels(?: entrants)?)?( (?:vers|sur|a|au))?`, (match) =>
    match[1] === undefined ? 'route' : 'route to',
  ),
];
