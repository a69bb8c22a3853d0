import type { ServerResponse } from 'node:http';
import type { CustomRoute } from '@slack/bolt';
import type { Logger } from '../../logger.ts';
import { checkReadiness, isReady, type ReadinessChecks } from './check-readiness.ts';

/** What the endpoints report from. */
export interface HealthRoutesOptions {
  readonly readiness: ReadinessChecks;
  /** The metrics in Prometheus text form (`SwitchboardMetrics`). */
  readonly metrics: { readonly contentType: string; render(): Promise<string> };
  readonly logger: Logger;
}

/**
 * `/healthz`, `/readyz` and `/metrics`, as Bolt custom routes: added to the bot's HTTP server in
 * HTTP mode, or served by their own server (startHealthServer) on SWITCHBOARD_HEALTH_PORT or in
 * Socket Mode. `/healthz` only proves the event loop answers, so a busy database or RingCentral
 * never gets the process restarted; `/readyz` says whether it can serve.
 */
export function healthRoutes(options: HealthRoutesOptions): CustomRoute[] {
  return [
    {
      path: '/healthz',
      method: ['GET', 'HEAD'],
      handler: (_request, response) => sendJson(response, 200, { ok: true }),
    },
    {
      path: '/readyz',
      method: ['GET', 'HEAD'],
      handler: (_request, response) => {
        void checkReadiness(options.readiness).then((readiness) => sendJson(response, isReady(readiness) ? 200 : 503, readiness));
      },
    },
    {
      path: '/metrics',
      method: ['GET', 'HEAD'],
      handler: (_request, response) => {
        void serveMetrics(options, response);
      },
    },
  ];
}

async function serveMetrics(options: HealthRoutesOptions, response: ServerResponse): Promise<void> {
  try {
    const body = await options.metrics.render();
    response.writeHead(200, { 'Content-Type': options.metrics.contentType, 'Cache-Control': 'no-store' });
    response.end(body);
  } catch (error) {
    // The gauges are read from the database at scrape time; a scrape that cannot read it fails whole rather than report zeros.
    options.logger.warn({ err: error }, 'could not collect the metrics');
    response.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('The metrics could not be collected: the database did not answer.\n');
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}
