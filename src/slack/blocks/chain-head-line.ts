import type { AuditAnchor } from '../../store/index.ts';

/** Hex characters of the hash an audit post shows: 48 bits, beyond forging a match by trial. */
const SHOWN_HASH_CHARS = 12;

const CHAIN_HEAD_LINE = new RegExp(`^Audit entry (\\d+) · ([0-9a-f]{${SHOWN_HASH_CHARS}})$`);

/**
 * The line each audit post ends with, e.g. "Audit entry 17 · 3f9a0c2b71de": the chain head when
 * the entry was written. Slack keeps it out of the database's reach, so `audit verify
 * --against-slack` reads it back (`readChainHeadLine`) to find entries rewritten or cut since.
 */
export function chainHeadLine(seq: number, hash: string): string {
  return `Audit entry ${seq} · ${hash.slice(0, SHOWN_HASH_CHARS)}`;
}

/** The entry a chain head line names, or undefined for any other text. */
export function readChainHeadLine(text: string): AuditAnchor | undefined {
  const match = CHAIN_HEAD_LINE.exec(text);
  if (match === null) return undefined;
  return { seq: Number(match[1]), hashPrefix: match[2] ?? '' };
}
