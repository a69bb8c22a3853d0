import { beforeAll, expect, it } from 'vitest';
import { ALICE, APPROVAL_CHANNEL, AUDIT_CHANNEL, CAROL, useSlackAppHarness, type RunningSlackApp } from '../support/slack-app-harness.ts';
import { describeEachDatabase } from '../support/use-test-databases.ts';
import { teamPolicy } from '../support/workflow-harness.ts';

const { harness, fake, start } = useSlackAppHarness();

/** Chloé's Slack is in French (Canada); Carol, the approver, reads English (the fake's default). */
const CHLOE = 'U0CHLOE';
const POLICY = teamPolicy({
  requesters: [ALICE, CHLOE].map((id) => ({ kind: 'user', id })),
  approvers: [CAROL].map((id) => ({ kind: 'user', id })),
});
const COMMAND = 'envoyer vers la messagerie le 25 déc.';

beforeAll(() => {
  fake().addUser({ id: CHLOE, name: 'chloe', real_name: 'Chloé', tz: 'America/Montreal', locale: 'fr-CA' });
});

/** A message's text and blocks as one string, for looking for words in it. */
function shown(message: { readonly text?: string; readonly blocks?: ReadonlyArray<unknown> } | undefined): string {
  return `${message?.text ?? ''} ${JSON.stringify(message?.blocks ?? [])}`;
}

/** Every action id on a message's buttons. */
function actionIds(blocks: ReadonlyArray<unknown> | undefined): string[] {
  return JSON.stringify(blocks ?? []).match(/"action_id":"([^"]+)"/g)?.map((match) => match.slice(13, -1)) ?? [];
}

/** The words of an English Slack message that have no place in a French one, and the other way round. */
const ENGLISH_WORDS = /What would change|Request approval|calls go to|Preview\*|Main Voicemail \(ext/;
const FRENCH_WORDS = /Ce qui changerait|Demander l'approbation|messagerie vocale|Aperçu|\(poste /;

/** Chloé types the command and clicks Request approval; returns her preview, her answer to the click and the approval post. */
async function chloeRequests(app: RunningSlackApp) {
  const typed = await app.driver.slashCommand({ user: CHLOE, text: COMMAND });
  const preview = fake().responseMessages(typed.responseUrlId!).at(-1)!;
  expect(actionIds(preview.blocks)).toContain('request_approval');
  const clicked = await app.driver.clickButton({ user: CHLOE, actionId: 'request_approval', container: { kind: 'ephemeral', blocks: preview.blocks } });
  const answer = fake().responseMessages(clicked.responseUrlId!).at(-1)!;
  await app.slackApp.delivery.deliverDue();
  const approval = fake().messages(APPROVAL_CHANNEL).at(-1)!;
  expect(actionIds(approval.blocks)).toEqual(expect.arrayContaining(['approve_request', 'reject_request']));
  return { preview, answer, approval };
}

describeEachDatabase('a French requester and an English approver', (database) => {
  it('shows Chloé a French preview and answer; the English company\'s approval channel, Carol\'s click and the audit post are English', async () => {
    const app = await start(database(), POLICY, {}, { language: 'en' });
    try {
      const { preview, answer, approval } = await chloeRequests(app);
      expect(shown(preview)).toMatch(FRENCH_WORDS);
      expect(shown(preview)).toContain('25 déc. 2026');
      expect(shown(preview)).not.toMatch(ENGLISH_WORDS);
      expect(shown(answer)).toMatch(/demande \d+/i);
      expect(shown(answer)).not.toMatch(/request \d+ pending/i);

      // The approval channel is read by the whole team: the company's language.
      expect(shown(approval)).toMatch(ENGLISH_WORDS);
      expect(shown(approval)).not.toMatch(FRENCH_WORDS);
      expect(shown(approval)).toContain('Approve');

      await app.driver.clickButton({ user: CAROL, actionId: 'approve_request', message: { channel: APPROVAL_CHANNEL, ts: approval.ts } });
      await app.slackApp.delivery.deliverDue();
      expect((await harness.readHandling()).customRules.some((rule) => rule.name === '25 déc. 2026')).toBe(true);
      const carolsNote = fake().calls('chat.postEphemeral').filter((call) => call.args.user === CAROL).at(-1);
      expect(String(carolsNote?.args.text)).toMatch(/applied/i);
      const decided = fake().messages(APPROVAL_CHANNEL).find((message) => message.ts === approval.ts);
      expect(shown(decided)).toMatch(/approved by/i);
      const audit = fake().messages(AUDIT_CHANNEL).at(-1);
      expect(shown(audit)).toMatch(/applied/i);
      expect(shown(audit)).not.toMatch(FRENCH_WORDS);

      // Chloé is told in a direct message, in her language.
      const told = fake().calls('chat.postMessage').filter((call) => call.args.channel === CHLOE);
      expect(told.map((call) => String(call.args.text))).toEqual([expect.stringMatching(/^Votre demande \d+/)]);
    } finally {
      await app.close();
    }
  });

  it('posts in French for a French company, and still answers the English approver\'s own click in English', async () => {
    const app = await start(database(), POLICY, {}, { language: 'fr' });
    try {
      const { preview, approval } = await chloeRequests(app);
      expect(shown(preview)).toMatch(FRENCH_WORDS);
      expect(shown(approval)).toMatch(FRENCH_WORDS);
      expect(shown(approval)).not.toMatch(ENGLISH_WORDS);

      // Carol types the approval herself: what she is shown, and the note after her click, are in English.
      const id = /(\d+)/.exec(approval.text ?? '')?.[1];
      const typed = await app.driver.slashCommand({ user: CAROL, text: `approve ${id}` });
      const shownToCarol = fake().responseMessages(typed.responseUrlId!).at(-1)!;
      expect(shown(shownToCarol)).toMatch(ENGLISH_WORDS);
      expect(shown(shownToCarol)).not.toMatch(FRENCH_WORDS);
      await app.driver.clickButton({ user: CAROL, actionId: 'approve_request', container: { kind: 'ephemeral', blocks: shownToCarol.blocks } });
      await app.slackApp.delivery.deliverDue();
      const carolsNote = fake().calls('chat.postEphemeral').filter((call) => call.args.user === CAROL).at(-1);
      expect(String(carolsNote?.args.text)).toMatch(/applied/i);
      // The channel posts follow the company: French.
      const decided = fake().messages(APPROVAL_CHANNEL).find((message) => message.ts === approval.ts);
      expect(shown(decided)).toMatch(/approuvée par/i);
      expect(shown(fake().messages(AUDIT_CHANNEL).at(-1))).toMatch(/appliquée/i);
    } finally {
      await app.close();
    }
  });
});
