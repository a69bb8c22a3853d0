import type { Kysely } from 'kysely';
import type { Database } from './database-schema.ts';

/** Where a Slack message about a request was posted. */
export interface SlackMessageRef {
  readonly requestId: number;
  readonly purpose: 'approval';
  readonly channel: string;
  readonly ts: string;
}

/** The Slack messages posted about requests, so decisions made anywhere update them in place. */
export interface SlackMessageRefs {
  /** Records a posted message; a second post for the same request and purpose replaces the first. */
  save(ref: SlackMessageRef): Promise<void>;
  find(requestId: number, purpose: SlackMessageRef['purpose']): Promise<SlackMessageRef | undefined>;
}

export function createSlackMessageRefs(db: Kysely<Database>): SlackMessageRefs {
  return {
    async save(ref) {
      await db
        .insertInto('slack_messages')
        .values({ request_id: ref.requestId, purpose: ref.purpose, channel: ref.channel, ts: ref.ts })
        .onConflict((conflict) => conflict.columns(['request_id', 'purpose']).doUpdateSet({ channel: ref.channel, ts: ref.ts }))
        .execute();
    },
    async find(requestId, purpose) {
      const row = await db.selectFrom('slack_messages').selectAll().where('request_id', '=', requestId).where('purpose', '=', purpose).executeTakeFirst();
      return row === undefined ? undefined : { requestId: row.request_id, purpose: 'approval', channel: row.channel, ts: row.ts };
    },
  };
}
