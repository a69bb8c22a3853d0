/** The editor modals: pure builders of the views and readers of their submissions. */
export * from './modal-ids.ts';
export { confirmationView, holidayDetails, type ConfirmationInput } from './confirmation-view.ts';
export { describeFormCommand } from './describe-form-command.ts';
export { findCountryOptions } from './country-options.ts';
export { findTargetOptions } from './target-options.ts';
export { holidayEditorView, type HolidayDraft } from './holiday-editor-view.ts';
export { hoursEditorView } from './hours-editor-view.ts';
export { confirmMetadata, editorMetadata, parseConfirmMetadata, parseEditorMetadata, type ConfirmMetadata, type EditorMetadata } from './modal-metadata.ts';
export { cutPlain, loadingView } from './modal-parts.ts';
export { holidayBlockOf, readHolidayForm } from './read-holiday-form.ts';
export { readHoursForm } from './read-hours-form.ts';
export { readRouteForm } from './read-route-form.ts';
export { routeDraftOf, routeEditorView, type RouteDraft } from './route-editor-view.ts';
export { parseViewState, type FieldErrors, type ViewState } from './view-state.ts';
