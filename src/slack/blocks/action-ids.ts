/**
 * The action and callback ids the builders put on buttons and modals, shared with the listeners
 * that handle them (`app.action(APPROVE_REQUEST_ACTION, …)`). Entity ids go in the button value.
 */
export const REQUEST_APPROVAL_ACTION = 'request_approval';
export const EDIT_REQUEST_ACTION = 'edit_request';
export const CANCEL_PREVIEW_ACTION = 'cancel_preview';
export const SHOW_WEEK_AFTER_ACTION = 'show_week_after';
export const APPROVE_REQUEST_ACTION = 'approve_request';
export const REJECT_REQUEST_ACTION = 'reject_request';
export const UNDO_REQUEST_ACTION = 'undo_request';
export const REPLAN_REQUEST_ACTION = 'replan_request';
/** The reject-reason modal, its reason input block and the input's action id. */
export const REJECT_REASON_CALLBACK = 'reject_reason';
export const REJECT_REASON_BLOCK = 'reason';
export const REJECT_REASON_INPUT = 'reason_input';
