/** Slack's modal input state for a view as it was opened: every input at its initial value. */
export function initialValues(view: { readonly blocks: ReadonlyArray<Record<string, unknown>> }): Record<string, Record<string, Record<string, unknown>>> {
  const values: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const block of view.blocks) {
    if (block.type !== 'input') continue;
    const element = block.element as Record<string, unknown>;
    const state: Record<string, unknown> = { type: element.type };
    if (element.type === 'timepicker') state.selected_time = element.initial_time ?? null;
    else if (element.type === 'datepicker') state.selected_date = element.initial_date ?? null;
    else if (element.type === 'checkboxes') state.selected_options = element.initial_options ?? [];
    else if (element.type === 'plain_text_input') state.value = element.initial_value ?? null;
    else state.selected_option = element.initial_option ?? null;
    values[block.block_id as string] = { [element.action_id as string]: state };
  }
  return values;
}
