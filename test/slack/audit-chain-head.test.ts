import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { ALICE, APPROVAL_CHANNEL, AUDIT_CHANNEL, BOB, useSlackAppHarness, type RunningSlackApp } from '../support/slack-app-harness.ts';
import { describeEachDatabase } from '../support/use-test-databases.ts';

const { fake, start } = useSlackAppHarness();

/** Alice asks for a change, Bob approves it, and the outbox delivers: the change is applied and audited. */
async function applyThroughSlack(app: RunningSlackApp, text: string): Promise<void> {
  const typed = await app.driver.slashCommand({ user: ALICE, text });
  const preview = fake().responseMessages(typed.responseUrlId!).at(-1)!;
  await app.driver.clickButton({ user: ALICE, actionId: 'request_approval', container: { kind: 'ephemeral', blocks: preview.blocks } });
  await app.slackApp.delivery.deliverDue();
  const approval = fake().messages(APPROVAL_CHANNEL).at(-1)!;
  await app.driver.clickButton({ user: BOB, actionId: 'approve_request', message: { channel: APPROVAL_CHANNEL, ts: approval.ts } });
  await app.slackApp.delivery.deliverDue();
}

/** What `/ivr audit verify` answers Alice. */
async function auditVerify(app: RunningSlackApp): Promise<string | undefined> {
  const typed = await app.driver.slashCommand({ user: ALICE, text: 'audit verify' });
  return fake().responseMessages(typed.responseUrlId!).at(-1)?.text;
}

describeEachDatabase(
  'the audit trail anchored in the audit channel',
  (database) => {
    it('ends each audit post with the chain head: the entry number and the start of its hash', async () => {
      const app = await start(database());
      try {
        await applyThroughSlack(app, 'route to voicemail on Dec 25');
        const [entry] = await database().stores.audit.latest(1);
        const post = fake().messages(AUDIT_CHANNEL).at(-1)!;

        expect(entry?.event).toBe('applied');
        expect(post.blocks).toContainEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: `Audit entry ${entry!.seq} · ${entry!.hash.slice(0, 12)}` }] });
      } finally {
        await app.close();
      }
    });

    it('answers /ivr audit verify with the audit channel compared too, and finds the newest entry cut from the database', async () => {
      const app = await start(database());
      try {
        await applyThroughSlack(app, 'route to voicemail on Dec 25');
        await applyThroughSlack(app, 'route to voicemail on Dec 26');
        expect(await auditVerify(app)).toBe('The audit trail is intact: 2 entries. The 2 entries posted in the audit channel match the database.');

        // Entry 2 and the request's record of it removed: the database alone no longer shows the cut.
        const other = await database().openAnother();
        await sql`DELETE FROM audit_entries WHERE seq = 2`.execute(other.db);
        await sql`UPDATE change_requests SET audit_seq = NULL, audit_hash = NULL WHERE audit_seq = 2`.execute(other.db);

        expect(await database().stores.audit.verify()).toMatchObject({ ok: true, entries: 1 });
        expect(await auditVerify(app)).toBe('Audit entry 2 is in the audit channel but not in the database: the trail was cut after entry 1.');
      } finally {
        await app.close();
      }
    });

    it('says the audit channel could not be read, after the trail itself checked out', async () => {
      fake().addChannel({ id: 'C0CLOSED01', name: 'closed', isMember: false });
      const app = await start(database(), undefined, { auditChannel: 'C0CLOSED01' });
      try {
        expect(await auditVerify(app)).toBe('The audit trail is intact: 0 entries. Slack did not let the bot read the audit channel C0CLOSED01 (not_in_channel): invite the bot to the channel.');
      } finally {
        await app.close();
      }
    });
  },
  { freshForEachTest: true },
);
