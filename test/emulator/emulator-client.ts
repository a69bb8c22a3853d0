/** Plain-fetch helpers for the emulator tests (no SDK: the tests see exactly what goes over the wire). */

/** A response with its body already read (JSON when there is one). */
export interface Reply {
  status: number;
  headers: Headers;
  /** Parsed JSON; `any` because the tests read arbitrary fields of RingCentral bodies. */
  body: any;
}

/** Sends one request and reads the answer. */
export async function send(url: string, init: RequestInit = {}): Promise<Reply> {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === '' ? undefined : JSON.parse(text) };
}

/** Posts a form to the token endpoint with Basic client auth. */
export function requestToken(baseUrl: string, form: Record<string, string>, client = { id: 'client', secret: 'secret' }): Promise<Reply> {
  return send(`${baseUrl}/restapi/oauth/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${client.id}:${client.secret}`).toString('base64')}`,
    },
    body: new URLSearchParams(form).toString(),
  });
}

export const JWT_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

/** Logs in with a JWT and returns the token answer. */
export async function login(baseUrl: string, jwt = 'any-jwt'): Promise<Reply> {
  return requestToken(baseUrl, { grant_type: JWT_GRANT, assertion: jwt });
}

/** A small REST client bound to one access token. */
export interface ApiClient {
  get(path: string): Promise<Reply>;
  post(path: string, body?: unknown): Promise<Reply>;
  put(path: string, body?: unknown): Promise<Reply>;
  delete(path: string): Promise<Reply>;
}

/** Logs in and returns a client whose paths are relative to `/restapi/v1.0/account/~`. */
export async function connect(baseUrl: string): Promise<ApiClient & { token: string }> {
  const token = (await login(baseUrl)).body.access_token as string;
  const call = (method: string) => (path: string, body?: unknown) =>
    send(`${baseUrl}/restapi/v1.0/account/~${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return { token, get: call('GET'), post: call('POST'), put: call('PUT'), delete: call('DELETE') };
}

/** Demo extension ids by extension number (the demo company adds 62 000 000 000). */
export const demoId = (extensionNumber: number): string => String(62_000_000_000 + extensionNumber);
