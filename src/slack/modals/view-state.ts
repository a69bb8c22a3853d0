import { z } from 'zod';
import { inputActionId } from './modal-ids.ts';

const selected = z.object({ value: z.string() }).passthrough();

// One element's state as Slack sends it in `view.state.values[block][action]`; only what we read.
const elementStateSchema = z
  .object({
    value: z.string().nullish(),
    selected_date: z.string().nullish(),
    selected_time: z.string().nullish(),
    selected_option: selected.nullish(),
    selected_options: z.array(selected).nullish(),
  })
  .passthrough();

const viewStateSchema = z.record(z.string(), z.record(z.string(), elementStateSchema));

/** The inputs of a submitted modal, read by block id; absent or malformed inputs read as empty. */
export interface ViewState {
  /** Typed text, trimmed; '' when empty. */
  text(block: string, action?: string): string;
  /** A selected date (`YYYY-MM-DD`) or time (`HH:mm`), or undefined. */
  date(block: string, action?: string): string | undefined;
  time(block: string, action?: string): string | undefined;
  /** The value of the selected option, or undefined. */
  choice(block: string, action?: string): string | undefined;
  /** The values of the checked options. */
  choices(block: string, action?: string): string[];
}

/** Reads `view.state.values` of a submission (untrusted) into a `ViewState`. */
export function parseViewState(values: unknown): ViewState {
  const parsed = viewStateSchema.safeParse(values);
  const state = parsed.success ? parsed.data : {};
  const element = (block: string, action = inputActionId(block)) => state[block]?.[action];
  return {
    text: (block, action) => element(block, action)?.value?.trim() ?? '',
    date: (block, action) => element(block, action)?.selected_date ?? undefined,
    time: (block, action) => element(block, action)?.selected_time ?? undefined,
    choice: (block, action) => element(block, action)?.selected_option?.value ?? undefined,
    choices: (block, action) => (element(block, action)?.selected_options ?? []).map((option) => option.value),
  };
}

/** Errors for `response_action: 'errors'`: input block id → message. */
export type FieldErrors = Readonly<Record<string, string>>;

/** A form read into a value, or the fields at fault. */
export type FormResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: FieldErrors };

/** "HH:mm" as minutes after midnight, or undefined when it is not a time. */
export function minutesOf(time: string | undefined): number | undefined {
  const match = /^(\d{2}):(\d{2})$/.exec(time ?? '');
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : undefined;
}
