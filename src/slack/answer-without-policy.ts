import type { App, types } from '@slack/bolt';
import type { Logger } from '../logger.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { NO_POLICY_MESSAGE } from './no-policy-message.ts';

/**
 * Deny by default: with no approval policy, every Slack user would act as the console's one local
 * admin, so every command, button, form and App Home is answered with how to set a policy, and
 * nothing is read (no RingCentral call, no request or history). These listeners replace all the
 * others; the outbox delivery still posts what the local admin changes at the console.
 */
export function registerNoPolicyAnswers(app: App, logger: Logger): void {
  const blocks = [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text: escapeMrkdwn(NO_POLICY_MESSAGE) } }];

  app.command(/^\/ivr(-dev)?$/, async ({ ack }) => {
    await ack({ response_type: 'ephemeral', text: NO_POLICY_MESSAGE });
  });

  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    const view: types.HomeView = { type: 'home', blocks };
    await client.views.publish({ user_id: event.user, view });
  });

  // Buttons left on messages and views from when a policy was set, or from another replica.
  app.action(/.*/, async ({ ack, body, client }) => {
    await ack();
    const channel = body.type === 'block_actions' ? (body.channel?.id ?? body.container?.channel_id) : body.channel?.id;
    try {
      // In the conversation the button is in, else (App Home, a form) as a direct message.
      if (channel === undefined) await client.chat.postMessage({ channel: body.user.id, text: NO_POLICY_MESSAGE });
      else await client.chat.postEphemeral({ channel, user: body.user.id, text: NO_POLICY_MESSAGE });
    } catch (error) {
      logger.warn({ err: error }, 'could not say that no approval policy is set');
    }
  });

  app.options(/.*/, async ({ ack }) => {
    await ack({ options: [] });
  });

  app.view(/.*/, async ({ ack }) => {
    await ack({ response_action: 'update', view: { type: 'modal', title: { type: 'plain_text', text: 'Switchboard' }, close: { type: 'plain_text', text: 'Close' }, blocks } });
  });
}
