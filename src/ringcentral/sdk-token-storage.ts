import type { Logger } from '../logger.ts';
import type { SecretRedactor } from './secret-redactor.ts';
import { authDataSchema, type AuthData, type TokenStore } from './token-store.ts';

/** The `localStorage` shape the SDK accepts (its calls are awaited, so they may be async). */
export interface SdkStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
  keys(): string[];
}

/** The SDK storage of one gateway, plus the hooks the session uses. */
export interface SdkTokenStorage {
  readonly storage: SdkStorage;
  /** Puts a saved session in place without writing it back. */
  seed(data: AuthData): void;
  /** Resolves once every write to the token store has finished. */
  flush(): Promise<void>;
  /** The token record the SDK holds now, if any. */
  current(): AuthData | undefined;
}

/**
 * Creates the storage handed to the SDK as `localStorage`. The SDK's default is one in-memory store
 * per process shared by every SDK instance; this one belongs to a single gateway, and every time the
 * SDK writes its token record (login, refresh, a 401 cancelling the access token, a failed refresh
 * clearing it) the record is saved to the TokenStore before the SDK goes on, so a restart finds the
 * newest tokens. New tokens are also handed to the redactor so no message can ever show them.
 */
export function createSdkTokenStorage(options: {
  /** The SDK's cache key for its token record: `${cachePrefix}platform`. */
  readonly key: string;
  readonly store: TokenStore;
  readonly redactor: SecretRedactor;
  readonly logger: Logger;
}): SdkTokenStorage {
  const items = new Map<string, string>();
  let writes: Promise<void> = Promise.resolve();

  function persist(data: AuthData | undefined): Promise<void> {
    writes = writes.then(async () => {
      try {
        await options.store.save(data);
      } catch (error) {
        // A token file we cannot write costs one JWT login at the next start; the request goes on.
        options.logger.warn({ reason: (error as Error).message }, 'Could not save the RingCentral session');
      }
    });
    return writes;
  }

  function remember(data: AuthData): void {
    options.redactor.add(data.access_token);
    options.redactor.add(data.refresh_token);
  }

  return {
    storage: {
      getItem: (key) => items.get(key) ?? null,
      async setItem(key, value) {
        items.set(key, value);
        if (key !== options.key) return;
        const parsed = authDataSchema.safeParse(JSON.parse(value));
        const data = parsed.success ? (parsed.data as AuthData) : undefined;
        if (data) remember(data);
        await persist(data);
      },
      async removeItem(key) {
        items.delete(key);
        if (key === options.key) await persist(undefined);
      },
      keys: () => [...items.keys()],
    },
    seed(data) {
      remember(data);
      items.set(options.key, JSON.stringify(data));
    },
    flush: () => writes,
    current() {
      const text = items.get(options.key);
      if (text === undefined) return undefined;
      const parsed = authDataSchema.safeParse(JSON.parse(text));
      return parsed.success ? (parsed.data as AuthData) : undefined;
    },
  };
}
