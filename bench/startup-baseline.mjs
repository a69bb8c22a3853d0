/**
 * The startup bench's baseline (bench/startup-bench.ts): a plain Node script, no TypeScript, no
 * database, that does what `switchboard run "status"` does on the wire, one request after the
 * other: a JWT login with @ringcentral/sdk, then the GETs a whole read of the company's call
 * handling makes (the paths the emulator's request log shows for `run "status"`). It prints the
 * company number and how many GETs it made, and exits 0, or prints the failure and exits 3.
 *
 *   RINGCENTRAL_SERVER_URL=http://127.0.0.1:N node bench/startup-baseline.mjs
 */
import { SDK } from '@ringcentral/sdk';

const ACCOUNT = '/restapi/v1.0/account/~';
const PAGE = { page: 1, perPage: 1000 };
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const sdk = new SDK({
  server: process.env.RINGCENTRAL_SERVER_URL,
  clientId: process.env.RINGCENTRAL_CLIENT_ID ?? 'bench',
  clientSecret: process.env.RINGCENTRAL_CLIENT_SECRET ?? 'bench',
});
const platform = sdk.platform();
let gets = 0;

async function get(path, query) {
  gets += 1;
  return (await platform.get(path, query)).json();
}

try {
  await platform.login({ jwt: process.env.RINGCENTRAL_JWT ?? 'bench' });
  const account = await get(ACCOUNT);
  const hours = await get(`${ACCOUNT}/business-hours`);
  await get(`${ACCOUNT}/answering-rule/business-hours-rule`);
  // With 24/7 hours there is no after-hours rule.
  const weekly = hours.schedule?.weeklyRanges ?? {};
  if (WEEKDAYS.some((day) => (weekly[day]?.length ?? 0) > 0)) await get(`${ACCOUNT}/answering-rule/after-hours-rule`);
  // The rule list has no schedules: each custom rule is read on its own.
  const rules = await get(`${ACCOUNT}/answering-rule`, PAGE);
  for (const rule of rules.records) {
    if (rule.type === 'Custom') await get(`${ACCOUNT}/answering-rule/${encodeURIComponent(rule.id)}`);
  }
  await get(`${ACCOUNT}/extension`, PAGE);
  // The menu list has no keys; the queue list has neither members nor the ring mode (the queue's own rule).
  const menus = await get(`${ACCOUNT}/ivr-menus`);
  for (const menu of menus.records ?? []) await get(`${ACCOUNT}/ivr-menus/${encodeURIComponent(menu.id)}`);
  const queues = await get(`${ACCOUNT}/call-queues`, PAGE);
  for (const queue of queues.records) {
    const id = encodeURIComponent(queue.id);
    await get(`${ACCOUNT}/call-queues/${id}/members`, PAGE);
    await get(`${ACCOUNT}/extension/${id}/answering-rule/business-hours-rule`);
  }
  console.log(`Calls to ${account.mainNumber}: ${gets} GETs`);
} catch (error) {
  console.error(`startup baseline: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 3;
}
