import type { Actor } from '../workflow/index.ts';

/** The person behind a Slack request: their user id (what the policy and the store key on) and name. */
export function slackActor(user: { readonly id: string; readonly name?: string; readonly username?: string }): Actor {
  const name = user.username ?? user.name;
  return name === undefined ? { id: user.id } : { id: user.id, name };
}
