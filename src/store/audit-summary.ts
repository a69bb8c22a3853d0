import type { Language } from '../i18n/index.ts';
import type { AuditEntry } from './audit-and-outbox-store.ts';

/**
 * An audit entry's summary in the reader's language: entries written before summaries were said
 * in French (and the drift watch's) hold only the English line.
 */
export function auditSummary(entry: Pick<AuditEntry, 'summary' | 'saidSummary'>, language: Language): string {
  return entry.saidSummary?.[language] ?? entry.summary;
}
