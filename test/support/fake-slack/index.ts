/** The fake Slack Web API for end-to-end tests; see start-fake-slack.ts. */
export { startFakeSlack, type FakeSlack, type FakeSlackDelay, type FakeSlackFault, type FakeSlackOptions, type RecordedCall } from './start-fake-slack.ts';
export type { FakeChannel, FakeGroup, FakeSlackIdentity, FakeUser, StoredEphemeral, StoredFile, StoredMessage, StoredView } from './fake-slack-state.ts';
export type { ResponseMessage, ResponseOrigin, ResponsePost } from './response-urls.ts';
export type { EnvelopeContent, EnvelopeDelivery, FakeSocketMode } from './socket-mode-server.ts';
