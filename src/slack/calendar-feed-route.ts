import { createHash, timingSafeEqual } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { CustomRoute } from '@slack/bolt';
import { DateTime } from 'luxon';
import { renderIcsFeed } from '../calendar/ics-feed.ts';
import { listCalendarEvents } from '../callflow/index.ts';
import { defaultLanguage, type Language } from '../i18n/index.ts';
import type { Logger } from '../logger.ts';
import type { RingCentralGateway } from '../ringcentral/index.ts';

/** Where the feed is served: `/calendar/<secret>.ics`. */
const FEED_PATH = '/calendar/:file';
const FEED_EXTENSION = '.ics';

/** What the feed route reads from. */
export interface CalendarFeedOptions {
  /** SWITCHBOARD_CALENDAR_SECRET; undefined: every feed URL is not found. */
  readonly secret: string | undefined;
  readonly gateway: RingCentralGateway;
  readonly logger: Logger;
  readonly now: () => Date;
  /** SWITCHBOARD_LANGUAGE; unset, the feed is in the account's language. A feed is shared, so it is the company's. */
  readonly language: Language | undefined;
}

/**
 * `GET /calendar/<secret>.ics` on the bot's HTTP server: the calendar feed of the call handling.
 * A wrong secret, or none configured, is answered exactly like an unknown path (404), so the URL
 * tells a guesser nothing. The route is there even with no secret, so that Bolt never logs a
 * feed URL as an unhandled request: a calendar still asking with a secret since removed would put
 * it in the log. The call handling comes from the gateway's shared read (a few seconds old at most).
 */
export function calendarFeedRoute(options: CalendarFeedOptions): CustomRoute {
  return {
    path: FEED_PATH,
    method: ['GET', 'HEAD'],
    handler: (request, response) => {
      const param = request.params?.file;
      const file = typeof param === 'string' ? param : '';
      if (options.secret === undefined || !file.endsWith(FEED_EXTENSION) || !isSameSecret(file.slice(0, -FEED_EXTENSION.length), options.secret)) {
        notFound(response);
        return;
      }
      void serveFeed(options, response);
    },
  };
}

async function serveFeed(options: CalendarFeedOptions, response: ServerResponse): Promise<void> {
  try {
    const handling = await options.gateway.readCallHandling();
    const now = DateTime.fromJSDate(options.now(), { zone: handling.timeZone });
    const body = renderIcsFeed(listCalendarEvents(handling, now, defaultLanguage(options.language, handling.locale)), now);
    // `private`: the URL holds a secret, so no shared cache may keep the answer.
    response.writeHead(200, { 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'private, max-age=300' });
    response.end(body);
  } catch (error) {
    // Logged without the request: its URL holds the secret.
    options.logger.warn({ err: error }, 'could not serve the calendar feed');
    response.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '60' });
    response.end('RingCentral could not be read; try again in a minute.\n');
  }
}

function notFound(response: ServerResponse): void {
  response.writeHead(404);
  response.end();
}

/** Compares in constant time: hashing first makes both sides the same length, so not even the length leaks. */
function isSameSecret(given: string, secret: string): boolean {
  return timingSafeEqual(digest(given), digest(secret));
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
