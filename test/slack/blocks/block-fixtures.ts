import type { CallHandlingChange, ProposalWarning } from '../../../src/callflow/index.ts';
import type { AuditEntry, ChangeRequest } from '../../../src/store/index.ts';
import { company } from '../../fixtures/call-handling.ts';
import { sameInEachLanguage } from '../../support/same-in-each-language.ts';

/** A pending request by U0REQUESTER to route to voicemail on Dec 25, made 2026-12-20 14:00 UTC. */
export function sampleRequest(overrides: Partial<ChangeRequest> = {}): ChangeRequest {
  const handling = company();
  return {
    id: 12,
    commandText: 'route to voicemail on Dec 25',
    requester: 'U0REQUESTER',
    intent: { kind: 'open' },
    plan: [],
    changes: [{ kind: 'rule-added', text: sameInEachLanguage('New custom rule "Dec 25" on Dec 25, 2026 (all day): Main Voicemail (ext 300).') }],
    warnings: [],
    before: handling,
    fingerprint: 'f'.repeat(64),
    intended: handling,
    createdAt: '2026-12-20T14:00:00.000Z',
    expiresAt: '2026-12-21T14:00:00.000Z',
    status: 'pending',
    version: 1,
    updatedAt: '2026-12-20T14:00:00.000Z',
    ...overrides,
  };
}

/** The audit entry of request 12 applied at 2026-12-20 15:00 UTC, approved by U0APPROVER. */
export function sampleEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    seq: 7,
    prevHash: '0'.repeat(64),
    hash: 'a'.repeat(64),
    event: 'applied',
    recordedAt: '2026-12-20T15:00:00.000Z',
    requestId: 12,
    requestedBy: 'U0REQUESTER',
    approvedBy: ['U0APPROVER'],
    commandText: 'route to voicemail on Dec 25',
    changes: sampleRequest().changes,
    operations: [{ operation: { kind: 'create-rule' } as never, result: 'done', createdRuleId: '901' }],
    summary: 'Applied 1 operation.',
    ...overrides,
  };
}

/** `count` changes whose sentences are `length` characters long, each naming a hostile rule. */
export function manyChanges(count: number, length = 120): CallHandlingChange[] {
  return Array.from({ length: count }, (_, index) => ({
    kind: 'rule-added' as const,
    text: sameInEachLanguage(`New rule "<!channel> ${index}" ${'x'.repeat(Math.max(length - 30, 0))}`),
  }));
}

/** `count` warnings of `length` characters. */
export function manyWarnings(count: number, length = 200): ProposalWarning[] {
  return Array.from({ length: count }, (_, index) => ({ code: 'overlaps-rule' as const, text: sameInEachLanguage(`Overlaps <@U1> ${index} ${'w'.repeat(length)}`) }));
}

// Data Slack hands back to the app and never renders.
const UNRENDERED = new Set(['value', 'private_metadata', 'action_id', 'block_id', 'callback_id']);

/** Every text Slack renders in a payload, joined, for asserting what a reader sees. */
export function allText(payload: unknown): string {
  const texts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) {
      Object.entries(value).forEach(([key, inner]) => (UNRENDERED.has(key) ? undefined : walk(inner)));
    }
  };
  walk(payload);
  return texts.join('\n');
}

/** The action ids of every button in a payload. */
export function actionIds(blocks: ReadonlyArray<unknown>): string[] {
  return blocks.flatMap((block) => {
    const elements = (block as { type?: string; elements?: ReadonlyArray<{ action_id?: string }> }).elements;
    return (block as { type?: string }).type === 'actions' && elements ? elements.map((element) => element.action_id ?? '') : [];
  });
}

/** The first button with this action id. */
export function buttonOf(blocks: ReadonlyArray<unknown>, actionId: string): { value?: string; style?: string } | undefined {
  for (const block of blocks) {
    const elements = (block as { elements?: ReadonlyArray<{ action_id?: string; value?: string; style?: string }> }).elements ?? [];
    const found = elements.find((element) => element.action_id === actionId);
    if (found) return found;
  }
  return undefined;
}

/** True when a text holds an unescaped ping or link that did not come from the builder's own mentions. */
export function hasHostileToken(text: string): boolean {
  return /<!channel>|<!here>|<!everyone>|<@U1>|<https?:/.test(text);
}
