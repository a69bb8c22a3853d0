/** The public surface of workflow/: change requests, policy, approvals, apply, undo, audit. */
export { createChangeWorkflow, type ChangeWorkflow, type Readout } from './change-workflow.ts';
export type { WorkflowContext } from './workflow-context.ts';
export { WORKFLOW_CODES, isSuccess, type DraftedChange, type Redraft, type WorkflowCode, type WorkflowOutcome } from './workflow-outcome.ts';
export { processOwner } from './recover-interrupted.ts';
export { describeStanding, describeInstant } from './describe-request.ts';
export { fingerprintCallHandling } from './fingerprint.ts';
export * from './approval-policy.ts';
export { isQuestion, questionAnswerLines, type Question } from './answer-question-lines.ts';
export { weekOfQuestion, type WeekQuestion } from './week-question.ts';
export { weekOfChange } from './week-of-change.ts';
export { describeAuditEntry, describePendingRequest } from './describe-records.ts';
export type { ApprovalPreview } from './decide-request.ts';
export type { ReplanPreview } from './undo-request.ts';
export { DRAFT_TTL_MS, type ChangeCommand, type DraftStates } from './draft-change.ts';
