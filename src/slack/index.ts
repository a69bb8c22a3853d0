/**
 * The Slack adapter: the Bolt app (`/ivr`, buttons, modals, App Home) and the outbox delivery to
 * channels. A leaf: it never imports the console, and src/app/ hands it an opened workflow.
 */
export { createSlackApp } from './create-slack-app.ts';
export { createSlackGroupDirectory } from './slack-group-directory.ts';
