import { message } from '../catalogue.ts';
import { french } from '../french-typography.ts';

/** What RingCentral changed since a preview, as callflow names the parts (`describeCallHandlingPart`), in the reader's language. */
const CHANGED = [{ what: 'the business hours' }] as const;

/**
 * Why a preview (a draft) could not be requested when its author clicked: unknown, someone
 * else's, already requested, expired, or RingCentral changed under it. An error's own words
 * (`error`) and a refusal (`refusal`) come already said.
 */
export const PREVIEW_MESSAGES = {
  'already-requested': message({
    en: () => 'This preview was already requested; "requests" lists what waits for approval.',
    fr: () => french`Cet aperçu a déjà été demandé ; « demandes » liste ce qui attend une approbation.`,
  }),
  'read-failed': message<{ error: string }>({
    en: ({ error }) => `Could not read RingCentral to check the preview: ${error} Nothing was requested.`,
    fr: ({ error }) => french`Impossible de lire RingCentral pour vérifier l'aperçu : ${error} Rien n'a été demandé.`,
    examples: [{ error: 'connect ETIMEDOUT.' }],
  }),
  unknown: message({
    en: () => 'This preview is not one Switchboard knows; run the command again to preview the change.',
    fr: () => french`Switchboard ne connaît pas cet aperçu ; relancez la commande pour prévisualiser la modification.`,
  }),
  'other-version': message({
    en: () => 'This preview was made by another version of Switchboard; run the command again to preview the change.',
    fr: () => french`Cet aperçu a été fait par une autre version de Switchboard ; relancez la commande pour prévisualiser la modification.`,
  }),
  'not-yours': message<{ author: string }>({
    en: ({ author }) => `This preview belongs to ${author}; run the command yourself to preview and request the change.`,
    fr: ({ author }) => french`Cet aperçu appartient à ${author} ; lancez la commande vous-même pour prévisualiser et demander la modification.`,
    examples: [{ author: 'U-alice' }],
  }),
  /** `until` is the clock time in the zone the preview was read in, already said in the reader's language. */
  expired: message<{ until: string; minutes: number }>({
    en: ({ until, minutes }) => `This preview expired at ${until} (previews last ${minutes} minutes); run the command again to see the change as it would be now.`,
    fr: ({ until, minutes }) =>
      french`Cet aperçu a expiré à ${until} (un aperçu dure ${minutes} minutes) ; relancez la commande pour voir la modification telle qu'elle serait maintenant.`,
    examples: [{ until: '10:15', minutes: 15 }],
  }),
  'changed-and-refused': message<{ what: string; refusal: string }>({
    en: ({ what, refusal }) => `Since this preview, someone changed ${what} in RingCentral. Nothing was requested, and now: ${refusal}`,
    fr: ({ what, refusal }) => french`Depuis cet aperçu, quelqu'un a modifié ${what} dans RingCentral. Rien n'a été demandé, et maintenant : ${refusal}`,
    examples: [{ what: 'the business hours', refusal: 'There is no rule 7.' }],
  }),
  'changed-to-no-change': message<{ what: string }>({
    en: ({ what }) => `Since this preview, someone changed ${what} in RingCentral. Nothing was requested: call handling is already like that now.`,
    fr: ({ what }) => french`Depuis cet aperçu, quelqu'un a modifié ${what} dans RingCentral. Rien n'a été demandé : la gestion des appels est déjà ainsi maintenant.`,
    examples: CHANGED,
  }),
  'changed-redrafted': message<{ what: string }>({
    en: ({ what }) => `Since this preview, someone changed ${what} in RingCentral. Nothing was requested; here is the change as it would be now.`,
    fr: ({ what }) => french`Depuis cet aperçu, quelqu'un a modifié ${what} dans RingCentral. Rien n'a été demandé ; voici la modification telle qu'elle serait maintenant.`,
    examples: CHANGED,
  }),
};
