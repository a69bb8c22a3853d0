import type { App } from '@slack/bolt';
import type { Logger } from '../logger.ts';
import { describeRateLimitWait, type RingCentralGateway } from '../ringcentral/index.ts';

/**
 * A command or a click that has to wait for RingCentral's rate limit is answered at once with an
 * ephemeral "Waiting for RingCentral's rate limit, about 40 s…", and with its real answer after
 * the wait; Slack would show nothing meanwhile. Global middleware: each interaction that brings a
 * response_url runs as its own caller of the gateway, so only the person waiting is told, and no
 * listener needs a change of its own.
 */
export function registerRateLimitWaitNotices(app: App, gateway: RingCentralGateway, logger: Logger): void {
  app.use(async (args) => {
    const respond = 'respond' in args ? args.respond : undefined;
    if (respond === undefined) {
      await args.next();
      return;
    }
    // Once per interaction: a response_url takes at most five posts, and the answer needs one.
    let told = false;
    await gateway.withCaller(
      {
        onWait: (wait) => {
          if (told) return;
          told = true;
          // Not awaited: the wait has begun, and the real answer follows whether this arrives or not.
          respond({ response_type: 'ephemeral', replace_original: false, text: describeRateLimitWait(wait, false) }).catch((error: unknown) => {
            logger.warn({ err: error }, 'could not say that RingCentral is being waited for');
          });
        },
      },
      args.next,
    );
  });
}
