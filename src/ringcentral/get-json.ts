import type { z } from 'zod';
import type { RingCentralRequest, RingCentralSession } from './ringcentral-session.ts';
import { invalidResponseError } from './to-ringcentral-api-error.ts';

/** Sends a request and validates its JSON answer, naming the request when the answer is unreadable. */
export async function getJson<S extends z.ZodType>(
  session: RingCentralSession,
  request: RingCentralRequest,
  schema: S,
): Promise<z.output<S>> {
  const body = await session.send(request);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    throw invalidResponseError(request, `${where}${issue?.message ?? 'unexpected shape'}`);
  }
  return parsed.data;
}
