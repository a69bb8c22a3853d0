import { REQUEST_RECORD_MESSAGES, say, saidFromStored, type Language } from '../i18n/index.ts';
import { auditSummary, type AuditEntry, type ChangeRequest } from '../store/index.ts';
import { describeInstant } from './describe-request.ts';

/** A pending request in a few lines: who asked for what, and what it changes. */
export function describePendingRequest(request: ChangeRequest, language: Language): string[] {
  return [
    say(language, REQUEST_RECORD_MESSAGES['pending-request'], {
      id: request.id,
      requester: request.requester,
      createdAt: describeInstant(request.createdAt, language),
      expiresAt: describeInstant(request.expiresAt, language),
      commandText: request.commandText,
    }),
    ...request.changes.map((change) => `    - ${change.text[language]}`),
    ...request.warnings.map((warning) => `    ${say(language, REQUEST_RECORD_MESSAGES['pending-warning'], { text: warning.text[language] })}`),
  ];
}

/** One audit entry in one line, plus its changes. */
export function describeAuditEntry(entry: AuditEntry, language: Language): string[] {
  return [
    say(language, REQUEST_RECORD_MESSAGES['audit-entry'], {
      at: describeInstant(entry.recordedAt, language),
      event: entry.event,
      requestId: entry.requestId,
      commandText: entry.commandText,
      requestedBy: entry.requestedBy,
      approvedBy: entry.approvedBy,
      summary: auditSummary(entry, language),
    }),
    ...(entry.event === 'applied' || entry.event === 'recovered' ? entry.changes.map((change) => `    - ${saidFromStored(change.text)[language]}`) : []),
  ];
}
