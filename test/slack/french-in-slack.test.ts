import { beforeAll, expect, it } from 'vitest';
import { ALICE, CAROL, useSlackAppHarness, type RunningSlackApp } from '../support/slack-app-harness.ts';
import { describeEachDatabase } from '../support/use-test-databases.ts';
import { teamPolicy } from '../support/workflow-harness.ts';

const { fake, start } = useSlackAppHarness();

/** Chloé's Slack is in French (Canada); Alice's and Carol's in English (the fake's default). */
const CHLOE = 'U0CHLOE';
const POLICY = teamPolicy({
  requesters: [ALICE, CHLOE].map((id) => ({ kind: 'user', id })),
  approvers: [CAROL].map((id) => ({ kind: 'user', id })),
});

beforeAll(() => {
  fake().addUser({ id: CHLOE, name: 'chloe', real_name: 'Chloé', tz: 'America/Montreal', locale: 'fr-CA' });
});

/** What the bot answered to `/ivr <text>` typed by `user`: its text and its blocks, as one string. */
async function answerTo(app: RunningSlackApp, user: string, text: string): Promise<string> {
  const typed = await app.driver.slashCommand({ user, text });
  return JSON.stringify(fake().responseMessages(typed.responseUrlId!).at(-1));
}

describeEachDatabase('French in Slack (each person in their Slack language)', (database) => {
  it('reads a French user\'s command in French first, with a French rule name and no note about the language', async () => {
    const app = await start(database(), POLICY);
    try {
      const preview = await answerTo(app, CHLOE, 'envoyer vers la messagerie le 25 déc.');
      expect(preview).toContain('25 déc. 2026');
      expect(preview).toContain('request_approval');
      expect(preview).not.toContain('(Lu en');
      // Slack was asked for the locale, as the real users.info gives it only when asked.
      expect(fake().calls('users.info').some((call) => call.args.user === CHLOE && String(call.args.include_locale) === 'true')).toBe(true);
    } finally {
      await app.close();
    }
  });

  it('answers a French user\'s refusal and help in French, and an English user\'s in English', async () => {
    const app = await start(database(), POLICY);
    try {
      const frenchRefusal = await answerTo(app, CHLOE, 'envoyer vers la messagerie le 31 avril');
      expect(frenchRefusal).toContain('31 avril');
      expect(frenchRefusal).toContain("n'est pas une vraie date");
      expect(await answerTo(app, ALICE, 'route to voicemail on Apr 31')).toContain('is not a real date');

      expect(await answerTo(app, CHLOE, 'aide')).toContain('Commandes de Switchboard');
      expect(await answerTo(app, ALICE, 'help')).toContain('Switchboard commands');
    } finally {
      await app.close();
    }
  });

  it('answers a French user\'s état in French, and an English user\'s status in English', async () => {
    const app = await start(database(), POLICY);
    try {
      const french = await answerTo(app, CHLOE, 'état');
      expect(french).toContain('Appels vers le +1');
      expect(french).toContain('Heures d\'ouverture (');
      expect(french).toContain('En dehors des heures');
      expect(french).not.toContain('Calls to');
      expect(french).not.toContain('(Lu en');
      expect(await answerTo(app, ALICE, 'status')).toContain('Calls to +1');
    } finally {
      await app.close();
    }
  });

  it('reads an English user\'s French command in French and says so first', async () => {
    const app = await start(database(), POLICY);
    try {
      const preview = await answerTo(app, ALICE, 'envoyer vers la messagerie le 25 déc.');
      expect(preview).toContain('(Read as French.)');
      expect(preview).toContain('25 déc. 2026');
      const english = await answerTo(app, CHLOE, 'route to voicemail on Dec 25');
      expect(english).toContain('(Lu en anglais.)');
      expect(english).toContain('Dec 25, 2026');
    } finally {
      await app.close();
    }
  });
});
