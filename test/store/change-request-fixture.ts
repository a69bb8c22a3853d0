import type { NewAuditEntry, NewChangeRequest } from '../../src/store/index.ts';
import { company, greeting, toExt } from '../fixtures/call-handling.ts';

/** A request to send after-hours calls to the greeting, created 2025-03-14 17:30 UTC; override any field. */
export function newChangeRequest(overrides: Partial<NewChangeRequest> = {}): NewChangeRequest {
  return {
    commandText: 'route after hours to the greeting',
    requester: 'U-alice',
    intent: { kind: 'route', rule: 'after-hours', target: greeting },
    plan: [{ kind: 'set-default-destination', rule: 'after-hours', destination: greeting }],
    changes: [{ kind: 'after-hours-destination', text: 'After hours: Main Voicemail (ext 300) → company greeting' }],
    warnings: [{ code: 'dst-change-day', text: 'Clocks change on Sunday.' }],
    before: company({ afterHoursDestination: toExt('300') }),
    fingerprint: 'fp-1234567890abcd',
    intended: company({ afterHoursDestination: greeting }),
    createdAt: '2025-03-14T17:30:00.000Z',
    expiresAt: '2025-03-15T17:30:00.000Z',
    ...overrides,
  };
}

/** An `applied` audit entry for request 1, recorded 2025-03-14 17:45 UTC; override any field. */
export function newAuditEntry(overrides: Partial<NewAuditEntry> = {}): NewAuditEntry {
  return {
    event: 'applied',
    recordedAt: '2025-03-14T17:45:00.000Z',
    requestId: 1,
    requestedBy: 'U-alice',
    approvedBy: ['U-bob'],
    commandText: 'route after hours to the greeting',
    changes: [{ kind: 'after-hours-destination', text: 'After hours: Main Voicemail (ext 300) → company greeting' }],
    operations: [
      { operation: { kind: 'set-default-destination', rule: 'after-hours', destination: greeting }, result: 'done' },
    ],
    summary: 'Applied 1 operation',
    ...overrides,
  };
}
