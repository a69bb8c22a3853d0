import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CustomRoute } from '@slack/bolt';

/** The health server, listening. */
export interface HealthServer {
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Serves the health routes on a port of their own: SWITCHBOARD_HEALTH_PORT, or PORT in Socket
 * Mode, where Bolt has no HTTP server to add them to. Paths match exactly; anything else is 404.
 */
export async function startHealthServer(routes: ReadonlyArray<CustomRoute>, port: number, host?: string): Promise<HealthServer> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://health').pathname;
    const route = routes.find((candidate) => candidate.path === path && allows(candidate, request.method ?? 'GET'));
    if (route === undefined) {
      response.writeHead(404);
      response.end();
      return;
    }
    route.handler(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections of a scraper would hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
}

function allows(route: CustomRoute, method: string): boolean {
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  return methods.some((allowed) => allowed.toUpperCase() === method.toUpperCase());
}
