import type { AuthData } from '@ringcentral/sdk';
import { z } from 'zod';

/** The SDK's token record (access and refresh tokens with their expiry times). */
export type { AuthData };

/**
 * Where the gateway keeps its RingCentral session between runs. RingCentral ends sessions when a
 * JWT logs in too often, so a restart reuses the saved tokens instead of logging in again.
 * `save(undefined)` forgets the session.
 */
export interface TokenStore {
  load(): Promise<AuthData | undefined>;
  save(data: AuthData | undefined): Promise<void>;
}

/** The SDK's token record as saved (only the fields the SDK itself needs are checked). */
export const authDataSchema = z.looseObject({
  token_type: z.string().optional(),
  access_token: z.string().optional(),
  expires_in: z.union([z.string(), z.number()]).transform(String).optional(),
  expire_time: z.number().optional(),
  refresh_token: z.string().optional(),
  refresh_token_expires_in: z.union([z.string(), z.number()]).transform(String).optional(),
  refresh_token_expire_time: z.number().optional(),
  scope: z.string().optional(),
  owner_id: z.string().optional(),
  endpoint_id: z.string().optional(),
});

/** Creates a store that keeps the session in memory only (tests, the embedded emulator). */
export function createMemoryTokenStore(initial?: AuthData): TokenStore {
  let saved: AuthData | undefined = initial ? { ...initial } : undefined;
  return {
    async load() {
      return saved ? { ...saved } : undefined;
    },
    async save(data) {
      saved = data ? { ...data } : undefined;
    },
  };
}
