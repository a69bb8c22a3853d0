import { userInfo } from 'node:os';
import type { Actor } from '../workflow/index.ts';

/** A user id or name as `--as` and `:as` take it: letters, digits, dots, dashes; a leading @ too. */
const ACTOR_NAME = /^@?[\w.@-]{1,80}$/u;

/** Whether `text` can name a user for `--as` or `:as`. */
export function isActorName(text: string): boolean {
  return ACTOR_NAME.test(text);
}

/** The user named by `--as`/`:as`, else the local account's user name: the one local admin of a console. */
export function localActor(as: string | undefined): Actor {
  const id = as ?? localUserName();
  return { id, name: id };
}

function localUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'local-admin';
  }
}
