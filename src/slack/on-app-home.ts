import type { App, types } from '@slack/bolt';
import { DateTime } from 'luxon';
import { describeSchedule, describeStatus, describeWeeklySchedule, type CallHandling } from '../callflow/index.ts';
import type { Language } from '../i18n/index.ts';
import { weekTimeline } from '../week/index.ts';
import { canRequest, weekOfQuestion } from '../workflow/index.ts';
import { homeView } from './blocks/index.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import type { SlackContext } from './slack-context.ts';

/** How far ahead App Home lists date rules. */
const UPCOMING_DAYS = 60;

/** App Home: published when a user opens it, and again for everyone who did after each change. */
export function registerAppHome(app: App, context: SlackContext): void {
  app.event('app_home_opened', async ({ event }) => {
    if (event.tab !== 'home') return;
    context.homeViewers.add(event.user);
    await publishHome(context, event.user);
  });
}

/**
 * Builds and publishes one user's App Home: where calls go now, hours, this week, upcoming rules,
 * requests, changes. `handling` lets a refresh for many users share one RingCentral read.
 */
export async function publishHome(context: SlackContext, userId: string, handling?: CallHandling): Promise<void> {
  const actor = { id: userId };
  const reader = await context.workflow.checkReader(actor);
  const language = await context.languages.languageOf(userId);
  // Someone who may not read sees only the refusal, not empty lists that look like the company's state.
  const view = !reader.ok ? refusedHome(reader.message[language]) : await readableHome(context, actor, handling ?? (await context.gateway.readCallHandling()), language);
  await context.client.views.publish({ user_id: userId, view });
}

async function readableHome(context: SlackContext, actor: { id: string }, handling: CallHandling, language: Language) {
  const now = DateTime.fromJSDate(context.now()).setZone(handling.timeZone);
  const [pending, recent, mayRequest] = await Promise.all([
    context.workflow.pending(actor),
    context.workflow.history(actor, 10),
    canRequest(context.policy, actor, context.groups),
  ]);
  return homeView({
    statusLines: [...describeStatus(handling, now, language).lines],
    // The view puts the "Business hours:" label in front.
    businessHoursLine: describeWeeklySchedule(handling.businessHours, language),
    // What `/ivr week` draws, as text: an image on the Home tab needs a public URL, which the picture has not.
    weekTimeline: weekTimeline(weekOfQuestion({ kind: 'week' }, handling, now, language), { color: false }),
    upcomingRules: upcomingRules(handling, now, language),
    pending: pending.ok ? pending.value : [],
    recent: recent.ok ? recent.value : [],
    canRequest: mayRequest,
    language,
  });
}

function refusedHome(message: string): types.HomeView {
  return { type: 'home', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(message) } }] };
}

/** Date rules in force now or starting within the next 60 days, in rule order. */
function upcomingRules(handling: CallHandling, now: DateTime, language: Language): Array<{ name: string; when: string }> {
  const horizon = now.plus({ days: UPCOMING_DAYS });
  return handling.customRules
    .filter((rule) => rule.schedule.kind === 'dates' && rule.schedule.ranges.some((range) => DateTime.fromISO(range.to) > now && DateTime.fromISO(range.from) < horizon))
    .map((rule) => ({ name: rule.name, when: describeSchedule(rule.schedule, handling.timeZone, language) }));
}
