import type { RingCentralGateway } from '../ringcentral/index.ts';
import type { ApprovalPolicy, ChangeWorkflow } from '../workflow/index.ts';

/**
 * What the console and `switchboard run` work with. The composition root (src/app/) opens it:
 * the console never opens a database or a connection itself.
 */
export interface ConsoleSession {
  readonly gateway: RingCentralGateway;
  readonly workflow: ChangeWorkflow;
  readonly policy: ApprovalPolicy;
  /** The one-line StoreError for a database failure met while working (gone, or locked too long). */
  explainStoreFailure(error: unknown): Error | undefined;
}
