import { z } from 'zod';

/** What an editor carries: the conversation it was opened from, where the outcome is told. */
export interface EditorMetadata {
  readonly channel?: string;
}

/** What the confirmation view carries to the approval step: the draft it shows, and the channel. */
export interface ConfirmMetadata extends EditorMetadata {
  readonly draftId: string;
}

const editorSchema = z.object({ channel: z.string().min(1).max(50).optional() });
const confirmSchema = editorSchema.extend({ draftId: z.string().min(1).max(100) });

/** The editor metadata as JSON. */
export function editorMetadata(metadata: EditorMetadata): string {
  return JSON.stringify(metadata);
}

/** Reads an editor's metadata back; anything unreadable is no channel. */
export function parseEditorMetadata(raw: string | undefined): EditorMetadata {
  const parsed = editorSchema.safeParse(safeJson(raw));
  return parsed.success ? parsed.data : {};
}

/** The confirmation metadata as JSON: a draft id and a channel id, always well under Slack's 3000 characters. */
export function confirmMetadata(metadata: ConfirmMetadata): string {
  return JSON.stringify(metadata);
}

/** Reads the confirmation metadata back; the workflow checks the draft itself (the payload comes from the client). */
export function parseConfirmMetadata(raw: string | undefined): ConfirmMetadata | undefined {
  const parsed = confirmSchema.safeParse(safeJson(raw));
  if (!parsed.success) return undefined;
  return { draftId: parsed.data.draftId, ...(parsed.data.channel === undefined ? {} : { channel: parsed.data.channel }) };
}

function safeJson(raw: string | undefined): unknown {
  try {
    return JSON.parse(raw ?? '');
  } catch {
    return undefined;
  }
}
