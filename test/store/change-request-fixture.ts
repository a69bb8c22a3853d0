import type { Insertable } from 'kysely';
import type { Database, NewAuditEntry, NewChangeRequest } from '../../src/store/index.ts';
import { company, greeting, toExt } from '../fixtures/call-handling.ts';
import { sameInEachLanguage } from '../support/same-in-each-language.ts';

/** A request to send after-hours calls to the greeting, created 2025-03-14 17:30 UTC; override any field. */
export function newChangeRequest(overrides: Partial<NewChangeRequest> = {}): NewChangeRequest {
  return {
    commandText: 'route after hours to the greeting',
    requester: 'U-alice',
    intent: { kind: 'route', rule: 'after-hours', target: greeting },
    plan: [{ kind: 'set-default-destination', rule: 'after-hours', destination: greeting }],
    changes: [{ kind: 'after-hours-destination', text: sameInEachLanguage('After hours: Main Voicemail (ext 300) → company greeting') }],
    warnings: [{ code: 'dst-change-day', text: sameInEachLanguage('Clocks change on Sunday.') }],
    before: company({ afterHoursDestination: toExt('300') }),
    fingerprint: 'fp-1234567890abcd',
    intended: company({ afterHoursDestination: greeting }),
    createdAt: '2025-03-14T17:30:00.000Z',
    expiresAt: '2025-03-15T17:30:00.000Z',
    ...overrides,
  };
}

/**
 * A `holidays` Intent as the language made it and schema version 1 stored it ("holidays US 2026"
 * on 2026-11-25, cut to Christmas), with the country, year and holiday names re-planning never read.
 */
export const HOLIDAYS_INTENT_V1 = {
  kind: 'holidays',
  country: 'US',
  year: 2026,
  proposedName: 'Holidays US 2026',
  holidays: [
    {
      name: 'Christmas Day',
      date: '2026-12-25',
      substitute: false,
      range: { from: '2026-12-25T00:00:00.000-05:00', to: '2026-12-26T00:00:00.000-05:00' },
    },
  ],
};

/** A `close` Intent as schema version 1 stored it ("close until 6pm" on 2026-11-25 at noon), with its proposed name. */
export const CLOSE_INTENT_V1 = {
  kind: 'close',
  range: { from: '2026-11-25T12:00:00.000-05:00', to: '2026-11-25T18:00:00.000-05:00' },
  proposedName: 'Closed until Nov 25 18:00',
};

/**
 * The row of a request the way Switchboard wrote it before rows had a schema version: every field
 * of `newChangeRequest(overrides)` as JSON, `intent` as given (the language's Intent JSON of the
 * time), and no `schema_version`, which the migration's default then sets to 1.
 */
export function versionOneRow(intent: unknown, overrides: Partial<NewChangeRequest> & { readonly status?: string } = {}): Insertable<Database['change_requests']> {
  const { status = 'pending', ...fields } = overrides;
  const request = newChangeRequest(fields);
  const row = {
    status,
    version: 1,
    command_text: request.commandText,
    requester: request.requester,
    intent: JSON.stringify(intent),
    plan: JSON.stringify(request.plan),
    changes: JSON.stringify(request.changes),
    warnings: JSON.stringify(request.warnings),
    before: JSON.stringify(request.before),
    fingerprint: request.fingerprint,
    intended: JSON.stringify(request.intended),
    undo_of: request.undoOf ?? null,
    replan_of: request.replanOf ?? null,
    created_at: request.createdAt,
    expires_at: request.expiresAt,
    updated_at: request.createdAt,
  };
  return row as Insertable<Database['change_requests']>;
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
    changes: [{ kind: 'after-hours-destination', text: sameInEachLanguage('After hours: Main Voicemail (ext 300) → company greeting') }],
    operations: [
      { operation: { kind: 'set-default-destination', rule: 'after-hours', destination: greeting }, result: 'done' },
    ],
    summary: 'Applied 1 operation',
    ...overrides,
  };
}
