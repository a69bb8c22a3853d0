import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '../logger.ts';
import { deriveTraceId, withTrace } from '../trace-context.ts';

/** The parts of a Slack request body this middleware reads, whatever kind of interaction it is. */
interface InteractionBody {
  readonly type?: unknown;
  readonly command?: unknown;
  readonly trigger_id?: unknown;
  readonly event_id?: unknown;
  readonly user_id?: unknown;
  readonly user?: { readonly id?: unknown };
  readonly actions?: ReadonlyArray<{ readonly action_id?: unknown }>;
  readonly view?: { readonly callback_id?: unknown };
  readonly event?: { readonly type?: unknown; readonly user?: unknown };
}

/**
 * Global middleware, registered first: each interaction (slash command, click, modal submission,
 * event) runs under a trace id of its own, and its receipt is logged under it. The id is derived
 * from Slack's trigger_id (event_id for events), so a delivery Slack retries keeps its id on
 * whichever replica gets it; only what identifies the interaction is logged, never the typed text.
 */
export function traceInteractions(logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const fields = describeInteraction(body as InteractionBody);
    await withTrace(deriveTraceId(fields.seed), async () => {
      logger.info({ ...fields.logged, ...(context.retryNum === undefined ? {} : { retryNum: context.retryNum }) }, 'Slack interaction received');
      await next();
    });
  };
}

function describeInteraction(body: InteractionBody): { readonly seed: string | undefined; readonly logged: Record<string, string> } {
  const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
  const seed = text(body.trigger_id) ?? text(body.event_id);
  const logged: Record<string, string | undefined> = typeof body.command === 'string'
    ? { interaction: 'slash_command', command: body.command, user: text(body.user_id) }
    : body.type === 'event_callback'
      ? { interaction: 'event', event: text(body.event?.type), user: text(body.event?.user) }
      : { interaction: text(body.type), action: text(body.actions?.[0]?.action_id), callbackId: text(body.view?.callback_id), user: text(body.user?.id) };
  return { seed, logged: Object.fromEntries(Object.entries(logged).filter((entry): entry is [string, string] => entry[1] !== undefined)) };
}
