import { message } from '../catalogue.ts';
import { french, NARROW_NO_BREAK_SPACE } from '../french-typography.ts';
import { plural } from '../plural.ts';

// RingCentral's and the system's own words (`error`) are kept as they come; the parts of a
// summary (`summary`, `cause`, `rollback`, `live`) come already said in the reader's language.
const ERROR = [{ error: 'connect ETIMEDOUT.' }] as const;
const REQUEST = [{ id: 12 }] as const;

/**
 * How applying a request ended, as the audit trail, the requester and the adapter that applied it
 * say it: applied, stale, failed half-way and rolled back (or not), and settled after a restart.
 */
export const APPLYING_MESSAGES = {
  'read-failed': message<{ error: string }>({
    en: ({ error }) => `Could not read RingCentral before applying: ${error} Nothing changed.`,
    fr: ({ error }) => french`Impossible de lire RingCentral avant d'appliquer : ${error} Rien n'a changé.`,
    examples: ERROR,
  }),
  /** `what` is the parts someone changed, as callflow names them in the reader's language. */
  stale: message<{ id: number; what: string }>({
    en: ({ id, what }) => `Request ${id} is stale: since it was made, someone changed ${what}. Nothing was applied; "replan ${id}" plans it again against the call handling as it is now.`,
    fr: ({ id, what }) =>
      french`La demande ${id} est périmée : depuis qu'elle a été faite, quelqu'un a modifié ${what}. Rien n'a été appliqué ; « replanifier ${id} » la planifie de nouveau sur la gestion des appels telle qu'elle est maintenant.`,
    examples: [{ id: 12, what: 'the business hours' }],
  }),
  'nothing-to-apply': message({
    en: () => 'Nothing to apply: the call handling was already as requested.',
    fr: () => french`Rien à appliquer : la gestion des appels était déjà comme demandé.`,
  }),
  'applied-operations': message<{ count: number }>({
    en: ({ count }) => `Applied ${operations(count)}.`,
    fr: ({ count }) => `${count} ${plural('fr', count, { one: 'opération appliquée', other: 'opérations appliquées' })}.`,
    examples: [{ count: 1 }, { count: 3 }],
  }),
  'request-applied': message<{ id: number; summary: string }>({
    en: ({ id, summary }) => `Request ${id} applied. ${summary}`,
    fr: ({ id, summary }) => `La demande ${id} est appliquée. ${summary}`,
    examples: [{ id: 12, summary: '2 opérations appliquées.' }],
  }),
  'step-refused': message<{ step: number; total: number; error: string }>({
    en: ({ step, total, error }) => `RingCentral refused step ${step} of ${total} (${error})`,
    fr: ({ step, total, error }) => `RingCentral a refusé l'étape ${step} sur ${total} (${error})`,
    examples: [{ step: 2, total: 3, error: 'Rule name already exists' }],
  }),
  'failed-nothing-changed': message<{ cause: string }>({
    en: ({ cause }) => `${cause}; nothing changed.`,
    fr: ({ cause }) => french`${cause} ; rien n'a changé.`,
    examples: [{ cause: "RingCentral a refusé l'étape 1 sur 1 (Rule name already exists)" }],
  }),
  'request-failed': message<{ id: number; summary: string }>({
    en: ({ id, summary }) => `Request ${id} failed: ${summary}`,
    fr: ({ id, summary }) => french`La demande ${id} a échoué : ${summary}`,
    examples: [{ id: 12, summary: "RingCentral a refusé l'étape 1 sur 1 (Rule name already exists), rien n'a changé." }],
  }),
  /** `live` is what is live now (`now-live`). */
  'rollback-read-failed': message<{ error: string; live: string }>({
    en: ({ error, live }) => `Rolling back failed: RingCentral could not be read (${error}) ${live}`,
    fr: ({ error, live }) => french`Le retour en arrière a échoué : RingCentral n'a pas pu être lu (${error}) ${live}`,
    examples: [{ error: 'connect ETIMEDOUT.', live: 'Aucune différence.' }],
  }),
  'rolled-back': message<{ count: number }>({
    en: ({ count }) => `The steps already done were rolled back (${operations(count)}), so nothing changed.`,
    fr: ({ count }) => french`Les étapes déjà faites ont été défaites (${count} ${plural('fr', count, { one: 'opération', other: 'opérations' })}) : rien n'a donc changé.`,
    examples: [{ count: 1 }, { count: 2 }],
  }),
  'rollback-failed-too': message<{ error: string; live: string }>({
    en: ({ error, live }) => `Rolling back failed too (${error}). ${live}`,
    fr: ({ error, live }) => `Le retour en arrière a échoué aussi (${error}). ${live}`,
    examples: [{ error: 'Rule not found', live: 'Aucune différence.' }],
  }),
  /** The differences between what was live before the writes and what is live now, each said in the reader's language. */
  'now-live': message<{ differences: ReadonlyArray<string> }>({
    en: ({ differences }) => `Now live, compared with before: ${differences.join('; ') || 'no difference'}.`,
    fr: ({ differences }) => french`En place maintenant, par rapport à avant : ${differences.join(`${NARROW_NO_BREAK_SPACE}; `) || 'aucune différence'}.`,
    examples: [{ differences: [] }, { differences: ['Règle Christmas supprimée', 'Règle Lunch ajoutée'] }],
  }),
  'interrupted-before-sending': message<{ id: number }>({
    en: ({ id }) => `Switchboard stopped while applying request ${id}, before sending anything; nothing changed.`,
    fr: ({ id }) => french`Switchboard s'est arrêté pendant l'application de la demande ${id}, avant d'envoyer quoi que ce soit ; rien n'a changé.`,
    examples: REQUEST,
  }),
  'interrupted-all-reached': message<{ id: number }>({
    en: ({ id }) => `Switchboard stopped while applying request ${id}; every change had reached RingCentral, so it is applied.`,
    fr: ({ id }) => french`Switchboard s'est arrêté pendant l'application de la demande ${id} ; chaque modification avait atteint RingCentral : elle est donc appliquée.`,
    examples: REQUEST,
  }),
  'interrupted-none-reached': message<{ id: number }>({
    en: ({ id }) => `Switchboard stopped while applying request ${id}; nothing had reached RingCentral, so nothing changed.`,
    fr: ({ id }) => french`Switchboard s'est arrêté pendant l'application de la demande ${id} ; rien n'avait atteint RingCentral, donc rien n'a changé.`,
    examples: REQUEST,
  }),
  'interrupted-half-way': message<{ id: number; rollback: string }>({
    en: ({ id, rollback }) => `Switchboard stopped while applying request ${id}, half-way. ${rollback}`,
    fr: ({ id, rollback }) => `Switchboard s'est arrêté au milieu de l'application de la demande ${id}. ${rollback}`,
    examples: [{ id: 12, rollback: 'The steps already done were rolled back (1 operation), so nothing changed.' }],
  }),
};

/** "1 operation" / "3 operations". */
function operations(count: number): string {
  return `${count} operation${count === 1 ? '' : 's'}`;
}
