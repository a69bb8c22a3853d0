/** Blanks known secrets out of text that may reach a message or a log line. */
export interface SecretRedactor {
  /** Remembers a secret (tokens are added as they are issued); short or empty values are ignored. */
  add(secret: string | undefined): void;
  redact(text: string): string;
}

// Shorter values could be ordinary words; real secrets and tokens are far longer.
const MIN_SECRET_LENGTH = 6;
// Tokens rotate every hour; keep the recent ones, not every token the process ever saw.
const MAX_SECRETS = 64;

/**
 * Creates a redactor. pino already blanks secret-named fields; this covers free text such as an
 * error message that might echo a request back, so a secret can never leak by accident.
 */
export function createSecretRedactor(initial: ReadonlyArray<string | undefined> = []): SecretRedactor {
  const permanent = new Set<string>();
  const recent: string[] = [];
  for (const secret of initial) {
    if (secret && secret.length >= MIN_SECRET_LENGTH) permanent.add(secret);
  }
  return {
    add(secret) {
      if (!secret || secret.length < MIN_SECRET_LENGTH || permanent.has(secret) || recent.includes(secret)) return;
      recent.push(secret);
      if (recent.length > MAX_SECRETS) recent.shift();
    },
    redact(text) {
      let out = text;
      for (const secret of [...permanent, ...recent]) {
        if (out.includes(secret)) out = out.split(secret).join('[redacted]');
      }
      return out;
    },
  };
}
