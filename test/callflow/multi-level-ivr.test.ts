import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  proposalRefusalMessage,
  proposeChange,
  type CallHandling,
  type CallHandlingRequest,
  type ProposalRefusal,
} from '../../src/callflow/index.ts';
import { parseCommand } from '../../src/language/index.ts';
import { COMPANY_ZONE, allDayOn, company, greeting, greetingThenHangUp, openAllHours, toExt } from '../fixtures/call-handling.ts';

const at = DateTime.fromISO('2026-11-26T10:00', { zone: COMPANY_ZONE });

/** Acme answered by Main Menu (ext 500) in business hours, read as multi-level IVR. */
const multiLevel = company({ ivrMode: 'multi-level', businessHoursDestination: toExt('500') });

/** What a typed command leads to: the refusal code, or null when the change can be made. */
function outcomeOf(text: string, handling: CallHandling): ProposalRefusal['code'] | null {
  const parsed = parseCommand(text, { ...handling, now: at });
  if (!parsed.ok) throw new Error(`"${text}" was refused when read: ${parsed.code}`);
  const result = proposeChange(handling, parsed.intent as CallHandlingRequest, at);
  return result.ok ? null : result.code;
}

function refusal(handling: CallHandling, request: CallHandlingRequest): ProposalRefusal['code'] | null {
  const result = proposeChange(handling, request, at);
  return result.ok ? null : result.code;
}

describe('a company in multi-level IVR mode', () => {
  it('refuses "route to the company greeting" when the command is read, in one line naming AWR-182', () => {
    expect(outcomeOf('route to the company greeting', multiLevel)).toBe('greeting-in-multi-level-ivr');
    const message = proposalRefusalMessage('greeting-in-multi-level-ivr');
    expect(message).not.toContain('\n');
    expect(message).toContain('AWR-182');
    expect(message).toContain('Name an IVR menu or an extension instead');
  });

  it('refuses the greeting then a hang-up, in a default rule, a custom rule, holidays and a closure', () => {
    expect(refusal(multiLevel, { kind: 'route', rule: 'after-hours', target: greetingThenHangUp })).toBe('greeting-in-multi-level-ivr');
    const dates = { kind: 'dates', ranges: [allDayOn('2026-12-25')] } as const;
    const addRule: CallHandlingRequest = { kind: 'add-rule', proposedName: 'Dec 25', schedule: dates, callers: [], calledNumbers: [], target: greeting };
    expect(refusal(multiLevel, addRule)).toBe('greeting-in-multi-level-ivr');
    const holidays: CallHandlingRequest = { kind: 'holidays', proposedName: 'US 2026', holidays: [{ range: allDayOn('2026-12-25') }], target: greeting };
    expect(refusal(multiLevel, holidays)).toBe('greeting-in-multi-level-ivr');
    expect(refusal(multiLevel, { kind: 'close', range: allDayOn('2026-12-24'), target: greeting })).toBe('greeting-in-multi-level-ivr');
  });

  it('refuses a closure "as after hours" while open 24/7, which would fall back to the greeting', () => {
    const allHours = openAllHours({ ivrMode: 'multi-level', businessHoursDestination: toExt('500') });
    expect(refusal(allHours, { kind: 'close', range: allDayOn('2026-12-24') })).toBe('greeting-in-multi-level-ivr');
  });

  it('routes to an IVR menu or an extension, with one write', () => {
    const result = proposeChange(multiLevel, { kind: 'route', rule: 'after-hours', target: toExt('500') }, at);
    expect(result.ok && result.plan).toEqual([{ kind: 'set-default-destination', rule: 'after-hours', destination: toExt('500') }]);
    expect(outcomeOf('route after hours to Main Menu', multiLevel)).toBeNull();
    expect(outcomeOf('route to voicemail on Dec 25', multiLevel)).toBeNull();
  });

  it('keeps the mode in the state a change leads to', () => {
    const result = proposeChange(multiLevel, { kind: 'route', rule: 'after-hours', target: toExt('500') }, at);
    expect(result.ok && result.after.ivrMode).toBe('multi-level');
  });
});

describe('a company in single-level mode', () => {
  it('takes the company greeting and routes to an IVR menu alike', () => {
    expect(outcomeOf('route to the company greeting', company({ businessHoursDestination: toExt('300') }))).toBeNull();
    expect(outcomeOf('route after hours to Main Menu', company())).toBeNull();
  });
});
