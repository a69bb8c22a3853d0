import type { webApi } from '@slack/bolt';
import type { GroupDirectory } from '../workflow/index.ts';

/** How long group membership is trusted before Slack is asked again. */
const CACHE_MS = 5 * 60 * 1000;

/**
 * The policy's `@handle` user groups, resolved through Slack (usergroups.list, then
 * usergroups.users.list), cached for a few minutes so a burst of clicks asks Slack once.
 */
export function createSlackGroupDirectory(client: webApi.WebClient, now: () => number = Date.now): GroupDirectory {
  const cache = new Map<string, { readonly at: number; readonly members: ReadonlySet<string> }>();
  return {
    async membersOf(handle) {
      const key = handle.replace(/^@/, '').toLowerCase();
      const cached = cache.get(key);
      if (cached !== undefined && now() - cached.at < CACHE_MS) return cached.members;
      const groups = await client.usergroups.list({});
      const group = (groups.usergroups ?? []).find((candidate) => candidate.handle?.toLowerCase() === key);
      const users = group?.id === undefined ? [] : ((await client.usergroups.users.list({ usergroup: group.id })).users ?? []);
      const members: ReadonlySet<string> = new Set(users);
      cache.set(key, { at: now(), members });
      return members;
    },
  };
}
