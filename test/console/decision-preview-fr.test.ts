import { describe, expect, it } from 'vitest';
import type { CallHandlingChange } from '../../src/callflow/index.ts';
import { replanPreview, undoPreview } from '../../src/console/decision-preview.ts';
import { inEachLanguage } from '../../src/i18n/index.ts';
import { appliesAtOnceNote, type ApprovalPolicy, type ReplanPreview } from '../../src/workflow/index.ts';

/**
 * The replan and undo previews in each language, without RingCentral: a stale request re-planned
 * takes two requests approved out of order end to end, so its words are checked here.
 */
const NBSP = '\u00A0';
const NARROW = '\u202F';

const LOCAL_ADMIN: ApprovalPolicy = { kind: 'local-admin' };
// A team that lets business-hours changes through: their previews say they apply at once.
const LETTING_HOURS_THROUGH: ApprovalPolicy = {
  kind: 'team',
  requesters: [],
  approvers: [],
  readers: [],
  approvalsRequired: 1,
  allowSelfApproval: false,
  requestTtlMs: 86_400_000,
  noApprovalFor: ['set-business-hours'],
};
const APPROVING_EVERYTHING: ApprovalPolicy = { ...LETTING_HOURS_THROUGH, noApprovalFor: [] };

const HOURS_CHANGE: CallHandlingChange = {
  kind: 'business-hours',
  text: inEachLanguage((language) => (language === 'en' ? 'Business hours: Mon–Fri 08:00–18:00 -> Mon–Fri 07:00–19:00' : "Heures d'ouverture : lun.–ven. 8 h–18 h -> lun.–ven. 7 h–19 h")),
} as CallHandlingChange;

/** A replan preview of request 12 ("hours Mon-Fri 7-7"), with or without anything to change. */
function replan(changes: ReadonlyArray<CallHandlingChange>): Extract<ReplanPreview, { ok: true }> {
  return {
    ok: true,
    original: { id: 12, commandText: 'hours Mon-Fri 7-7', intent: { kind: 'set-business-hours' } },
    changes,
    plan: changes.length === 0 ? [] : [{ kind: 'update-business-hours' }],
  } as unknown as Extract<ReplanPreview, { ok: true }>;
}

describe('replanPreview', () => {
  it('says in French what planning the request again would change, and asks for approval', () => {
    const preview = replanPreview(APPROVING_EVERYTHING, replan([HOURS_CHANGE]), 'fr');
    expect(preview.lines).toEqual([
      `Demande 12 planifiée de nouveau d'après la gestion des appels actuelle${NBSP}: hours Mon-Fri 7-7`,
      "- Heures d'ouverture : lun.–ven. 8 h–18 h -> lun.–ven. 7 h–19 h",
    ]);
    expect(preview.question).toBe(`Demander l'approbation${NARROW}?`);
    expect(preview.yesHint).toBe("Rien n'est encore modifié. Relancez avec --yes pour demander l'approbation.");
    expect(preview.json['changes']).toEqual([{ kind: 'business-hours', text: "Heures d'ouverture : lun.–ven. 8 h–18 h -> lun.–ven. 7 h–19 h" }]);
  });

  it('keeps its English words, and its --json change texts as English strings', () => {
    const preview = replanPreview(APPROVING_EVERYTHING, replan([HOURS_CHANGE]), 'en');
    expect(preview.lines[0]).toBe('Request 12 planned again against the call handling as it is now: hours Mon-Fri 7-7');
    expect(preview.question).toBe('Ask for approval?');
    expect(preview.json).toMatchObject({ replanOf: 12, changes: [{ text: 'Business hours: Mon–Fri 08:00–18:00 -> Mon–Fri 07:00–19:00' }], needsApproval: true });
  });

  it('says in French that nothing would change, and asks nothing', () => {
    const preview = replanPreview(LOCAL_ADMIN, replan([]), 'fr');
    expect(preview.lines).toEqual([`La gestion des appels est déjà ainsi${NARROW}; rien ne changerait.`]);
    expect(preview.changes).toBe(false);
  });

  it('says in French that a kind the team lets through applies at once, and asks to apply it', () => {
    const preview = replanPreview(LETTING_HOURS_THROUGH, replan([HOURS_CHANGE]), 'fr');
    // The note is the workflow's, the same in Slack: only that it is the French one is checked here.
    expect(preview.lines.at(-1)).toBe(appliesAtOnceNote('set-business-hours', 'fr'));
    expect(preview.lines.at(-1)).not.toBe(appliesAtOnceNote('set-business-hours', 'en'));
    expect(preview.question).toBe(`Appliquer cette modification${NARROW}?`);
    expect(preview.yesHint).toBe("Rien n'est encore modifié. Relancez avec --yes pour appliquer la modification.");
  });
});

describe('undoPreview', () => {
  it('says in French that the call handling is already as before the request; the local admin needs no approval', () => {
    const preview = undoPreview(LOCAL_ADMIN, 7, [], 'fr');
    expect(preview.lines).toEqual([`La gestion des appels est déjà telle qu'elle était avant la demande 7${NARROW}; rien ne changerait.`]);
    expect(preview.json).toEqual({ undoOf: 7, changes: [], needsApproval: false });
    expect(preview.question).toBe(`Appliquer cette modification${NARROW}?`);
  });
});
