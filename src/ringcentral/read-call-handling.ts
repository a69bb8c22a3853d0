import type { z } from 'zod';
import { getJson } from './get-json.ts';
import { EXTENSION_TYPES, isAlwaysOpen, isCustomRuleId, type CallHandling } from '../callflow/index.ts';
import { toCallHandling } from './map-call-handling.ts';
import type { CallQueueWireParts } from './map-call-queue.ts';
import { RINGCENTRAL_PATHS } from './ringcentral-paths.ts';
import type { RingCentralSession } from './ringcentral-session.ts';
import {
  accountInfoSchema,
  answeringRuleListSchema,
  answeringRuleSchema,
  businessHoursSchema,
  callQueueListSchema,
  callQueueMemberListSchema,
  callQueueRuleSchema,
  extensionListSchema,
  ivrMenuListSchema,
  ivrMenuSchema,
} from './ringcentral-wire-schema.ts';

/** The largest page RingCentral serves; one page holds any ordinary company. */
const PER_PAGE = 1000;
/** RingCentral's `page` parameter stops at 1000; a loop past it would mean a broken `paging`. */
const MAX_PAGES = 1000;

/**
 * Reads the whole company call handling with the fewest requests: the account (time zone, main
 * number, operator), business hours, the rule list, each custom rule (the list has no schedule,
 * action or callers), the business-hours rule, the after-hours rule unless hours are 24/7 (then it
 * does not exist), the extension list, each IVR menu (the list has no key actions), and the call
 * queues with each queue's members and its own business-hours rule (which holds the ring mode).
 * Independent reads run concurrently; the session's limiter keeps them within the rate limits.
 */
export async function readCallHandling(client: RingCentralSession): Promise<CallHandling> {
  const session = stopAfterFirstFailure(client);
  const businessHours = getJson(session, { method: 'GET', path: RINGCENTRAL_PATHS.businessHours }, businessHoursSchema);
  const parts = await Promise.all([
    getJson(session, { method: 'GET', path: RINGCENTRAL_PATHS.account }, accountInfoSchema),
    businessHours,
    getJson(session, { method: 'GET', path: RINGCENTRAL_PATHS.businessHoursRule }, answeringRuleSchema),
    businessHours.then((hours) =>
      isAlwaysOpen(hours.schedule?.weeklyRanges) ? undefined : getJson(session, { method: 'GET', path: RINGCENTRAL_PATHS.afterHoursRule }, answeringRuleSchema),
    ),
    getAllPages(session, RINGCENTRAL_PATHS.answeringRules, {}, answeringRuleListSchema).then((records) =>
      Promise.all(
        records
          .filter((record) => isCustomRule(record.id, record.type))
          .map((record) => getJson(session, { method: 'GET', path: RINGCENTRAL_PATHS.answeringRule(record.id) }, answeringRuleSchema)),
      ),
    ),
    // Every routable type, whatever its status: a rule may point at a disabled extension.
    getAllPages(session, RINGCENTRAL_PATHS.extensions, { type: EXTENSION_TYPES }, extensionListSchema),
    getJson(session, { method: 'GET', path: RINGCENTRAL_PATHS.ivrMenus }, ivrMenuListSchema).then((list) =>
      Promise.all(
        (list.records ?? []).map((menu) => getJson(session, { method: 'GET', path: RINGCENTRAL_PATHS.ivrMenu(menu.id) }, ivrMenuSchema)),
      ),
    ),
    getAllPages(session, RINGCENTRAL_PATHS.callQueues, {}, callQueueListSchema).then((queues) =>
      Promise.all(queues.map((queue) => readCallQueue(session, queue))),
    ),
  ]);
  const [account, hours, businessHoursRule, afterHoursRule, customRules, extensions, ivrMenus, callQueues] = parts;
  return toCallHandling({ account, businessHours: hours, businessHoursRule, afterHoursRule, customRules, extensions, ivrMenus, callQueues });
}

/** One queue's members and ring mode: the list has neither. */
async function readCallQueue(session: RingCentralSession, queue: CallQueueWireParts['queue']): Promise<CallQueueWireParts> {
  const [members, rule] = await Promise.all([
    getAllPages(session, RINGCENTRAL_PATHS.callQueueMembers(queue.id), {}, callQueueMemberListSchema),
    getJson(session, { method: 'GET', path: RINGCENTRAL_PATHS.callQueueRule(queue.id) }, callQueueRuleSchema),
  ]);
  return { queue, memberIds: members.map((member) => member.id), rule };
}

/** The parts of a paged RingCentral list the reader walks. */
interface PagedList<R> {
  readonly records: R[];
  readonly paging?: { readonly totalPages?: number | undefined } | undefined;
  readonly navigation?: { readonly nextPage?: unknown } | undefined;
}

/** Reads every page of a paged list (`records`, `paging`, `navigation`). */
async function getAllPages<R>(
  session: RingCentralSession,
  path: string,
  query: Readonly<Record<string, string | number | ReadonlyArray<string>>>,
  schema: z.ZodType<PagedList<R>>,
): Promise<R[]> {
  const records: R[] = [];
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const list = await getJson(session, { method: 'GET', path, query: { ...query, page, perPage: PER_PAGE } }, schema);
    records.push(...list.records);
    const hasNext = list.navigation?.nextPage !== undefined || (list.paging?.totalPages ?? 1) > page;
    if (!hasNext || list.records.length === 0) break;
  }
  return records;
}

/** The list holds the two default rules too; everything else is a custom rule. */
function isCustomRule(id: string, type: string | undefined): boolean {
  return type !== undefined ? type === 'Custom' : isCustomRuleId(id);
}

/**
 * Once one read has failed the whole read fails, so reads not yet started are not sent: they would
 * only spend rate-limit budget.
 */
function stopAfterFirstFailure(session: RingCentralSession): RingCentralSession {
  let failure: unknown;
  let failed = false;
  return {
    async send(request) {
      if (failed) throw failure;
      try {
        return await session.send(request);
      } catch (error) {
        if (!failed) {
          failed = true;
          failure = error;
        }
        throw error;
      }
    },
    close: () => session.close(),
  };
}
