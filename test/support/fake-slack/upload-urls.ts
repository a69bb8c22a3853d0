/**
 * The upload URLs files.getUploadURLExternal hands out (Slack's `https://files.slack.com/upload/v1/…`,
 * here on the fake itself): a POST of the file's bytes, raw or as the one file of a multipart
 * form (what @slack/web-api's filesUploadV2 sends), answered `200 OK - <size>` as Slack does.
 */
import type { FakeSlackState } from './fake-slack-state.ts';

/** The HTTP status and text body the upload URL answers with. */
export interface UploadAnswer {
  readonly status: number;
  readonly text: string;
}

/** Takes the bytes POSTed to the upload URL of `ticket`, with the request's content type. */
export async function receiveUpload(state: FakeSlackState, ticket: string, body: Buffer, contentType: string): Promise<UploadAnswer> {
  const file = state.files.get(state.uploadTickets.get(ticket) ?? '');
  if (!file) return { status: 404, text: 'not_found' };
  const bytes = contentType.startsWith('multipart/form-data') ? await firstFormFile(body, contentType) : new Uint8Array(body);
  if (bytes === undefined) return { status: 400, text: 'no file in the form' };
  // Refused so that a client announcing the wrong length fails in tests, not only in Slack.
  if (bytes.byteLength !== file.length) return { status: 400, text: `expected ${file.length} bytes, received ${bytes.byteLength}` };
  file.bytes = bytes;
  // An upload URL takes one upload.
  state.uploadTickets.delete(ticket);
  return { status: 200, text: `OK - ${bytes.byteLength}` };
}

async function firstFormFile(body: Buffer, contentType: string): Promise<Uint8Array | undefined> {
  const form = await new Response(new Blob([new Uint8Array(body)]), { headers: { 'content-type': contentType } }).formData();
  const file = [...form.values()].find((value): value is File => typeof value !== 'string');
  return file === undefined ? undefined : new Uint8Array(await file.arrayBuffer());
}
