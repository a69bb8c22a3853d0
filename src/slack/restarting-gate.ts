import type { AllMiddlewareArgs, AnyMiddlewareArgs, App, types } from '@slack/bolt';
import { say, SLACK_MESSAGES } from '../i18n/index.ts';
import type { Logger } from '../logger.ts';

/**
 * What Slack users are told when they reach a process that is shutting down: in English and
 * French on one line, since the gate answers before anyone's language is looked up.
 */
export const RESTARTING_MESSAGE = `${say('en', SLACK_MESSAGES.restarting)} / ${say('fr', SLACK_MESSAGES.restarting)}`;

/** Lets the Slack work in flight finish while new work is turned away, for a graceful shutdown. */
export interface RestartingGate {
  /** From now on every command, click and form is answered with RESTARTING_MESSAGE and does nothing else. */
  close(): void;
  /** Resolves once no interaction is being handled; after `close()`, none starts again. */
  drained(): Promise<void>;
  /** The interactions still being handled (`button approve_request`, `command /ivr`), for the shutdown's log. */
  inFlight(): ReadonlyArray<string>;
}

type GateArgs = AnyMiddlewareArgs & AllMiddlewareArgs;

/**
 * Global middleware, registered before the others (only tracing comes first): while open it counts
 * each interaction in and out (so a shutdown can wait for an approval that is applying a change);
 * once closed it answers at once, with no draft, no request and no RingCentral call. Slack shows a
 * slash command's or a button's answer to the person only, and a form's as a view pushed over it,
 * so the form is still there, filled in, to submit again once another replica (or this one,
 * restarted) serves.
 */
export function registerRestartingGate(app: App, logger: Logger): RestartingGate {
  let open = true;
  let nextId = 0;
  const handling = new Map<number, string>();
  let whenDrained: Array<() => void> = [];
  const settle = (): void => {
    if (handling.size > 0) return;
    for (const resolve of whenDrained) resolve();
    whenDrained = [];
  };

  app.use(async (args) => {
    if (!open) {
      logger.info({ interaction: describeInteraction(args) }, 'turned away a Slack interaction: shutting down');
      await answerRestarting(args, logger);
      return;
    }
    const id = nextId++;
    handling.set(id, describeInteraction(args));
    try {
      await args.next();
    } finally {
      handling.delete(id);
      settle();
    }
  });

  return {
    close() {
      open = false;
    },
    drained() {
      return new Promise<void>((resolve) => {
        whenDrained.push(resolve);
        settle();
      });
    },
    inFlight: () => [...handling.values()],
  };
}

/** A short name for an interaction, without what the person typed (it may hold phone numbers). */
function describeInteraction(args: GateArgs): string {
  if ('command' in args) return `command ${args.command.command}`;
  if ('action' in args) return `button ${'action_id' in args.action ? args.action.action_id : args.body.type}`;
  if ('view' in args) return `form ${args.view.callback_id}`;
  if ('options' in args) return `options ${'action_id' in args.options ? args.options.action_id : args.body.type}`;
  if ('shortcut' in args) return `shortcut ${args.shortcut.callback_id}`;
  return `event ${args.event.type}`;
}

async function answerRestarting(args: GateArgs, logger: Logger): Promise<void> {
  if ('command' in args) return args.ack({ response_type: 'ephemeral', text: RESTARTING_MESSAGE });
  if ('options' in args) return args.ack({ options: [] });
  if ('view' in args) {
    if (args.body.type !== 'view_submission') return args.ack();
    return args.ack({ response_action: 'push', view: restartingView() });
  }
  // Events: Bolt acknowledged them already; the App Home is drawn again at the next visit.
  if (!('action' in args) && !('shortcut' in args)) return;
  await args.ack();
  // Bolt sets respond only when the payload has a response_url, whatever its types say.
  const respond = 'respond' in args ? (args.respond as typeof args.respond | undefined) : undefined;
  try {
    // In place, seen by the clicker only; a button on the App Home or in a form has no response_url: a direct message.
    if (respond !== undefined) await respond({ response_type: 'ephemeral', replace_original: false, text: RESTARTING_MESSAGE });
    else await args.client.chat.postMessage({ channel: args.body.user.id, text: RESTARTING_MESSAGE });
  } catch (error) {
    logger.warn({ err: error }, 'could not tell a Slack user that Switchboard is restarting');
  }
}

function restartingView(): types.ModalView {
  return {
    type: 'modal',
    title: { type: 'plain_text', text: 'Switchboard' },
    close: { type: 'plain_text', text: 'Back' },
    blocks: [{ type: 'section', text: { type: 'plain_text', text: RESTARTING_MESSAGE } }],
  };
}
