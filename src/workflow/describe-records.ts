import type { AuditEntry, ChangeRequest } from '../store/index.ts';
import { describeInstant } from './describe-request.ts';

/** A pending request in a few lines: who asked for what, and what it changes. */
export function describePendingRequest(request: ChangeRequest): string[] {
  return [
    `#${request.id} by ${request.requester} at ${describeInstant(request.createdAt)}, expires ${describeInstant(request.expiresAt)}: ${request.commandText}`,
    ...request.changes.map((change) => `    - ${change.text}`),
    ...request.warnings.map((warning) => `    Warning: ${warning.text}`),
  ];
}

/** One audit entry in one line, plus its changes. */
export function describeAuditEntry(entry: AuditEntry): string[] {
  const request = entry.requestId === undefined ? '' : `request ${entry.requestId} `;
  const approved = entry.approvedBy.length > 0 ? `, approved by ${entry.approvedBy.join(', ')}` : '';
  return [
    `${describeInstant(entry.recordedAt)} ${entry.event} ${request}"${entry.commandText}" by ${entry.requestedBy}${approved}: ${entry.summary}`,
    ...(entry.event === 'applied' || entry.event === 'recovered' ? entry.changes.map((change) => `    - ${change.text}`) : []),
  ];
}
