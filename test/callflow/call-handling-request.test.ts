import { DateTime } from 'luxon';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { proposeChange, type CallHandlingRequest } from '../../src/callflow/index.ts';
import { parseCommand, type Intent, type WorkflowIntent } from '../../src/language/index.ts';
import { company } from '../fixtures/call-handling.ts';

// callflow may not import language, so CallHandlingRequest mirrors Intent by hand; these checks
// fail `tsc` when the two drift apart.
describe('CallHandlingRequest', () => {
  it('accepts every Intent that changes call handling', () => {
    expectTypeOf<Extract<Intent, { kind: CallHandlingRequest['kind'] }>>().toExtend<CallHandlingRequest>();
  });

  it('leaves out only the Intents that read call handling', () => {
    expectTypeOf<Exclude<Intent['kind'], CallHandlingRequest['kind']>>().toEqualTypeOf<'list-rules' | 'status' | 'test' | 'week' | WorkflowIntent['kind']>();
  });
});

describe('a parsed Intent given to proposeChange', () => {
  it('becomes a proposal without any conversion', () => {
    const handling = company();
    const now = DateTime.fromISO('2026-11-25T12:00', { zone: handling.timeZone });
    const parsed = parseCommand('route to voicemail on Dec 25', { ...handling, now });
    if (!parsed.ok || parsed.intent.kind !== 'add-rule') throw new Error(`not parsed: ${JSON.stringify(parsed)}`);
    const proposal = proposeChange(handling, parsed.intent, now);
    expect(proposal.ok && proposal.plan.map((operation) => operation.kind)).toEqual(['create-rule']);
  });
});
