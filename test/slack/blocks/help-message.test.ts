import { describe, expect, it } from 'vitest';
import { COMMAND_REFERENCE } from '../../../src/language/index.ts';
import { findBlockKitViolation } from '../../../src/slack/block-kit-limits.ts';
import { helpMessage } from '../../../src/slack/blocks/index.ts';
import { allText, hasHostileToken } from './block-fixtures.ts';

describe('helpMessage', () => {
  it('shows a reader only the questions', () => {
    const text = allText(helpMessage(COMMAND_REFERENCE, false, false).blocks);
    expect(text).toContain('`/ivr status [at &lt;time&gt;]`');
    expect(text).toContain('`/ivr history [&lt;n&gt;]`');
    expect(text).not.toContain('/ivr route to');
    expect(text).not.toContain('/ivr approve');
    expect(text).toContain('ask an admin to add you to SWITCHBOARD_REQUESTERS');
  });

  it('adds the change commands for a requester, without approve and reject', () => {
    const text = allText(helpMessage(COMMAND_REFERENCE, true, false).blocks);
    expect(text).toContain('`/ivr route to &lt;target&gt;`');
    expect(text).toContain('`/ivr undo &lt;id&gt;`');
    expect(text).toContain('`/ivr cancel &lt;id&gt;`');
    expect(text).not.toContain('/ivr approve');
    expect(text).not.toContain('/ivr reject');
  });

  it('adds approve and reject for an approver', () => {
    const text = allText(helpMessage(COMMAND_REFERENCE, false, true).blocks);
    expect(text).toContain('`/ivr approve &lt;id&gt;`');
    expect(text).toContain('`/ivr reject &lt;id&gt; [&lt;reason&gt;]`');
    expect(text).not.toContain('/ivr route to');
  });

  it('lists every command form for someone who may do everything, within the limits', () => {
    const message = helpMessage(COMMAND_REFERENCE, true, true, 'en', '/ivr-dev');
    const text = allText(message.blocks);
    for (const entry of COMMAND_REFERENCE) expect(text).toContain(entry.description.replaceAll('<', '&lt;').replaceAll('>', '&gt;'));
    expect(text).toContain('/ivr-dev hours');
    expect(findBlockKitViolation('message', message)).toBeUndefined();
    expect(hasHostileToken(text)).toBe(false);
  });
});
