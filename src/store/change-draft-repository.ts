import type { Kysely, Selectable } from 'kysely';
import type { ChangeDraft, ChangeDraftStore, DraftLookup, NewChangeDraft } from './change-draft-store.ts';
import type { ChangeDraftTable, Database } from './database-schema.ts';
import { requestedChangeSchema } from './requested-change-schema.ts';
import { parseStoredTexts } from './stored-texts.ts';

/**
 * How long an expired draft is kept: long enough to tell its author "this preview expired" rather
 * than "unknown", short enough that the table stays small without a job of its own.
 */
const KEEP_EXPIRED_MS = 24 * 3_600_000;

/** Drafts over the `change_drafts` table. */
export function createChangeDraftRepository(db: Kysely<Database>): ChangeDraftStore {
  return {
    async save(draft): Promise<void> {
      await db.deleteFrom('change_drafts').where('expires_at', '<', new Date(Date.parse(draft.createdAt) - KEEP_EXPIRED_MS).toISOString()).execute();
      await db.insertInto('change_drafts').values(toDraftRow(draft)).execute();
    },

    async get(id): Promise<DraftLookup> {
      const row = await db.selectFrom('change_drafts').selectAll().where('id', '=', id).executeTakeFirst();
      if (row === undefined) return { found: false, reason: 'unknown' };
      const draft = toChangeDraft(row);
      return draft === undefined ? { found: false, reason: 'unreadable' } : { found: true, draft };
    },

    async claim(id, requestedAt): Promise<boolean> {
      const result = await db.updateTable('change_drafts').set({ requested_at: requestedAt }).where('id', '=', id).where('requested_at', 'is', null).executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}

function toDraftRow(draft: NewChangeDraft): ChangeDraftTable {
  return {
    id: draft.id,
    author: draft.author,
    command_text: draft.commandText,
    // Through its schema, so only what a request stores is kept (a parsed Intent carries more).
    intent: JSON.stringify(requestedChangeSchema.parse(draft.intent)),
    read_at: draft.readAt,
    plan: JSON.stringify(draft.plan),
    changes: JSON.stringify(draft.changes),
    warnings: JSON.stringify(draft.warnings),
    before: JSON.stringify(draft.before),
    intended: JSON.stringify(draft.intended),
    created_at: draft.createdAt,
    expires_at: draft.expiresAt,
    requested_at: null,
  };
}

/**
 * The draft a row holds, or undefined when its intent does not read with today's schema. Drafts
 * live minutes, so they carry no schema version: during an upgrade, one written by the other
 * version is simply previewed again.
 */
function toChangeDraft(row: Selectable<ChangeDraftTable>): ChangeDraft | undefined {
  let intent;
  try {
    intent = requestedChangeSchema.safeParse(JSON.parse(row.intent));
  } catch {
    return undefined;
  }
  // A draft previews a change command; an undo is never drafted.
  if (!intent.success || intent.data.kind === 'undo') return undefined;
  return {
    id: row.id,
    author: row.author,
    commandText: row.command_text,
    intent: intent.data,
    readAt: row.read_at,
    plan: JSON.parse(row.plan),
    changes: parseStoredTexts(row.changes),
    warnings: parseStoredTexts(row.warnings),
    before: JSON.parse(row.before),
    intended: JSON.parse(row.intended),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    ...(row.requested_at === null ? {} : { requestedAt: row.requested_at }),
  };
}
