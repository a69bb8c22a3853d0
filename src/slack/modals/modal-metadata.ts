import { z } from 'zod';
import { intentSchema, isChangeIntent, type ChangeIntent } from '../../language/index.ts';
import { PRIVATE_METADATA_LIMIT } from '../block-kit-limits.ts';

/** What an editor carries: the conversation it was opened from, where the outcome is told. */
export interface EditorMetadata {
  readonly channel?: string;
}

/** What the confirmation view carries to the approval step: the command text, the Intent and the channel. */
export interface ConfirmMetadata extends EditorMetadata {
  readonly text: string;
  readonly intent: ChangeIntent;
}

const editorSchema = z.object({ channel: z.string().min(1).max(50).optional() });
const confirmSchema = editorSchema.extend({ text: z.string().min(1).max(2000), intent: z.unknown() });

/** The editor metadata as JSON. */
export function editorMetadata(metadata: EditorMetadata): string {
  return JSON.stringify(metadata);
}

/** Reads an editor's metadata back; anything unreadable is no channel. */
export function parseEditorMetadata(raw: string | undefined): EditorMetadata {
  const parsed = editorSchema.safeParse(safeJson(raw));
  return parsed.success ? parsed.data : {};
}

/** The confirmation metadata as JSON, or undefined when it would not fit Slack's 3000 characters. */
export function confirmMetadata(metadata: ConfirmMetadata): string | undefined {
  const json = JSON.stringify(metadata);
  return json.length <= PRIVATE_METADATA_LIMIT ? json : undefined;
}

/** Reads the confirmation metadata back, checking the Intent again (the payload comes from the client). */
export function parseConfirmMetadata(raw: string | undefined): ConfirmMetadata | undefined {
  const parsed = confirmSchema.safeParse(safeJson(raw));
  if (!parsed.success) return undefined;
  const intent = intentSchema.safeParse(parsed.data.intent);
  if (!intent.success || !isChangeIntent(intent.data)) return undefined;
  return { text: parsed.data.text, intent: intent.data, ...(parsed.data.channel === undefined ? {} : { channel: parsed.data.channel }) };
}

function safeJson(raw: string | undefined): unknown {
  try {
    return JSON.parse(raw ?? '');
  } catch {
    return undefined;
  }
}
