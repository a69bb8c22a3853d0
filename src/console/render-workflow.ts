import type { WorkflowCode } from '../workflow/index.ts';
import { EXIT } from './cli-io.ts';

/** The exit code for a workflow outcome (DESIGN.md contract 1). */
export function exitCodeFor(code: WorkflowCode): number {
  switch (code) {
    case 'pending':
    case 'approval-recorded':
    case 'applied':
    case 'rejected':
    case 'cancelled':
    case 'no-change':
      return EXIT.ok;
    case 'failed':
      return EXIT.ringCentralFailure;
    default:
      return EXIT.refused;
  }
}
