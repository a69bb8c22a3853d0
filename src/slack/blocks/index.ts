/** Block Kit builders: pure functions from prepared domain values to Slack messages and views. */
export * from './action-ids.ts';
export type { Block, SlackMessage } from './block-parts.ts';
export { previewMessage, type PreviewAction, type PreviewInput } from './preview-message.ts';
export { answerMessage } from './answer-message.ts';
export { approvalRequestMessage, decidedRequestMessage } from './approval-request-message.ts';
export { auditMessage, type AuditMessageOptions } from './audit-message.ts';
export { noticeMessage, ruleEditCommand, type NoticeInput } from './notice-message.ts';
export { outcomeText } from './outcome-text.ts';
export { replanPreviewMessage, type ReplanPreviewInput } from './replan-preview-message.ts';
export { helpMessage } from './help-message.ts';
export { homeView, type HomeInput, type UpcomingRule } from './home-view.ts';
export { rejectReasonModal, REJECT_REASON_MAX_LENGTH } from './reject-reason-modal.ts';
export { slackDate } from './slack-date.ts';
export { timelineSections, weekTextMessage } from './week-text.ts';
