import { describe, expect, it } from 'vitest';
import { NARROW_NO_BREAK_SPACE as NARROW, NO_BREAK_SPACE as NBSP } from '../../src/i18n/index.ts';
import { appliesAtOnceNote, describePolicy, type TeamPolicy } from '../../src/workflow/approval-policy.ts';

/** The policy as `aide` and the start-up banner say it, and the note on a change let through, in French. */

const TEAM: TeamPolicy = {
  kind: 'team',
  requesters: [
    { kind: 'user', id: 'alice' },
    { kind: 'group', handle: 'ops' },
  ],
  approvers: [{ kind: 'user', id: 'carol' }],
  readers: [],
  approvalsRequired: 1,
  allowSelfApproval: false,
  requestTtlMs: 24 * 3_600_000,
  noApprovalFor: ['open', 'close'],
};

describe('describePolicy in French', () => {
  it('says a team policy, and the kinds applied without approval on a second line', () => {
    expect(describePolicy(TEAM, 'fr').split('\n')).toEqual([
      `Demandes de alice, @ops${NARROW}; 1 approbation de carol${NARROW}; pas d'auto-approbation${NARROW}; les demandes expirent après 24 h.`,
      `Appliqué sans approbation${NBSP}: open, close.`,
    ]);
  });

  it('counts approvals in the plural, allows self-approval, writes days as "j" and names the readers', () => {
    const policy: TeamPolicy = { ...TEAM, approvalsRequired: 2, allowSelfApproval: true, requestTtlMs: 60 * 3_600_000, readers: [{ kind: 'user', id: 'dave' }], noApprovalFor: [] };
    expect(describePolicy(policy, 'fr')).toBe(
      `Demandes de alice, @ops${NARROW}; 2 approbations de carol${NARROW}; auto-approbation permise${NARROW}; les demandes expirent après 2 j 12 h. Consultable aussi par dave.`,
    );
    expect(describePolicy(policy)).toBe('Requests from alice, @ops; 2 approvals from carol; self-approval allowed; requests expire after 2 d 12 h. Also read by dave.');
  });

  it('says the local admin policy', () => {
    expect(describePolicy({ kind: 'local-admin' }, 'fr')).toMatch(new RegExp(`^Un administrateur local${NBSP}: les modifications s'appliquent une fois confirmées`));
  });
});

describe('appliesAtOnceNote in French', () => {
  it('names the kind as SWITCHBOARD_NO_APPROVAL_FOR does', () => {
    expect(appliesAtOnceNote('close', 'fr')).toBe(`Ceci s'applique tout de suite${NBSP}: SWITCHBOARD_NO_APPROVAL_FOR laisse passer sans approbation les modifications «${NBSP}close${NBSP}».`);
    expect(appliesAtOnceNote('close')).toBe('This applies at once: SWITCHBOARD_NO_APPROVAL_FOR lets "close" changes through without approval.');
  });
});
