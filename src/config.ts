import { z } from 'zod';

/** A configuration problem found at start; its message names the variable and how to fix it. */
export class ConfigError extends Error {
  readonly code = 'config-invalid';
}

/** Where Switchboard finds RingCentral: a real account, or the embedded emulator. */
export type RingCentralConfig =
  | { readonly kind: 'account'; readonly serverUrl: string; readonly clientId: string; readonly clientSecret: string; readonly jwt: string }
  | { readonly kind: 'embedded-emulator'; readonly stateFile: string };

/** The typed configuration of one process. */
export interface Config {
  readonly ringCentral: RingCentralConfig;
  /** Folder for local files: the embedded emulator's state, saved RingCentral tokens. */
  readonly dataDir: string;
  readonly logLevel: string;
}

/** Stands in for a RingCentral credential the environment leaves unset. */
const UNSET_CREDENTIAL = 'unset';

const envSchema = z.object({
  RINGCENTRAL_SERVER_URL: z.url({ message: 'must be a URL such as https://platform.ringcentral.com' }).optional(),
  RINGCENTRAL_CLIENT_ID: z.string().optional(),
  RINGCENTRAL_CLIENT_SECRET: z.string().optional(),
  RINGCENTRAL_JWT: z.string().optional(),
  SWITCHBOARD_DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    message: 'must be one of fatal, error, warn, info, debug, trace, silent',
  }).default('warn'),
});

/**
 * Reads the configuration from environment variables (empty values count as unset).
 * Throws ConfigError with a one-line message naming the variable at fault.
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(`${name} ${issue?.message ?? 'is invalid'}`);
  }
  const vars = parsed.data;
  const dataDir = vars.SWITCHBOARD_DATA_DIR;
  const ringCentral: RingCentralConfig = vars.RINGCENTRAL_SERVER_URL
    ? {
        kind: 'account',
        serverUrl: vars.RINGCENTRAL_SERVER_URL.replace(/\/+$/, ''),
        // The emulator accepts any credentials, so these may be left unset when pointing at one;
        // a real account refuses the login and the error says which variables to set. Never empty:
        // the SDK falls back to the deprecated password grant when the JWT is empty.
        clientId: vars.RINGCENTRAL_CLIENT_ID ?? UNSET_CREDENTIAL,
        clientSecret: vars.RINGCENTRAL_CLIENT_SECRET ?? UNSET_CREDENTIAL,
        jwt: vars.RINGCENTRAL_JWT ?? UNSET_CREDENTIAL,
      }
    : { kind: 'embedded-emulator', stateFile: `${dataDir}/emulator-state.json` };
  return { ringCentral, dataDir, logLevel: vars.LOG_LEVEL };
}
