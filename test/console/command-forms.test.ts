import { describe, expect, it } from 'vitest';
import { GREETING, idOf, useCommandForms } from './support/command-forms-harness.ts';

/**
 * Every command form from the reference, applied with --yes on a fresh demo company at
 * Wed Nov 25, 2026 12:00 US/Eastern, then probed with `test <time>` before, inside and after
 * the range or window it names. command-forms-fr.test.ts is the French twin of each case.
 */

const { emulatorState, speaking } = useCommandForms('forms');
const { apply, probe, run } = speaking('en');

describe('command forms, applied and probed', () => {
  it('route to Bob: business hours go to Bob, after hours unchanged', async () => {
    await apply('route to Bob');
    expect(await probe('Dec 1 08:59')).toContain('Main Voicemail (ext 300)');
    expect(await probe('Dec 1 10am')).toContain('Bob Smith (ext 102)');
    expect(await probe('Dec 1 16:59')).toContain('Bob Smith (ext 102)');
    expect(await probe('Dec 1 17:00')).toContain('Main Voicemail (ext 300)');
  });

  it('route after hours to Holiday Message', async () => {
    await apply('route after hours to Holiday Message');
    expect(await probe('Dec 1 08:59')).toContain('Holiday Message (ext 400)');
    expect(await probe('Dec 1 10am')).toContain(GREETING);
    expect(await probe('Dec 1 17:00')).toContain('Holiday Message (ext 400)');
    expect(await probe('Nov 29 3am')).toContain('Holiday Message (ext 400)');
  });

  it('route to voicemail from Dec 24 5pm to Dec 26 9am', async () => {
    await apply('route to voicemail from Dec 24 5pm to Dec 26 9am');
    const rule = 'Custom rule "Dec 24 17:00-Dec 26 09:00" sends the call to Main Voicemail (ext 300)';
    expect(await probe('Dec 24 16:59')).toContain(GREETING);
    expect(await probe('Dec 24 17:00')).toContain(rule);
    expect(await probe('Dec 25 10am')).toContain(rule);
    expect(await probe('Dec 26 08:59')).toContain(rule);
    expect(await probe('Dec 26 09:00')).not.toContain('Custom rule');
    expect(await probe('Dec 28 10am')).toContain(GREETING);
  });

  it('route to announcement on Dec 31 from 12 to 5', async () => {
    await apply('route to announcement on Dec 31 from 12 to 5');
    const rule = 'Custom rule "Dec 31, 2026 12:00-17:00" sends the call to Holiday Message (ext 400)';
    expect(await probe('Dec 31 11:59')).toContain(GREETING);
    expect(await probe('Dec 31 12:00')).toContain(rule);
    expect(await probe('Dec 31 16:59')).toContain(rule);
    expect(await probe('Dec 31 17:00')).toContain('Main Voicemail (ext 300)');
    expect(await probe('Dec 30 1pm')).toContain(GREETING);
  });

  it('route to Sales Queue weekdays 12:00-13:00', async () => {
    await apply('route to Sales Queue weekdays 12:00-13:00');
    const rule = 'Custom rule "Weekdays 12:00-13:00" sends the call to Sales Queue (ext 201)';
    expect(await probe('Dec 1 11:59')).toContain(GREETING);
    expect(await probe('Dec 1 12:30')).toContain(rule);
    expect(await probe('Dec 4 12:00')).toContain(rule);
    expect(await probe('Dec 1 13:00')).toContain(GREETING);
    expect(await probe('Dec 5 12:30')).toContain('Main Voicemail (ext 300)');
  });

  it('route to Front Desk every Saturday', async () => {
    await apply('route to Front Desk every Saturday');
    const rule = 'Custom rule "Saturdays" sends the call to Front Desk (ext 500)';
    expect(await probe('Nov 27 10am')).toContain(GREETING);
    expect(await probe('Nov 28 00:00')).toContain(rule);
    expect(await probe('Nov 28 10am')).toContain(rule);
    expect(await probe('Nov 28 23:59')).toContain(rule);
    expect(await probe('Nov 29 10am')).toContain('Main Voicemail (ext 300)');
    expect(await probe('Nov 30 10am')).toContain(GREETING);
  });

  it('route to voicemail now until 3pm', async () => {
    await apply('route to voicemail now until 3pm');
    const rule = 'Custom rule "Until Nov 25 15:00" sends the call to Main Voicemail (ext 300)';
    expect(await probe('Nov 25 11:59')).toContain(GREETING);
    expect(await probe('Nov 25 12:00')).toContain(rule);
    expect(await probe('Nov 25 14:59')).toContain(rule);
    expect(await probe('Nov 25 15:00')).toContain(GREETING);
  });

  it('route to voicemail for 2 hours', async () => {
    await apply('route to voicemail for 2 hours');
    const rule = 'Custom rule "Until Nov 25 14:00" sends the call to Main Voicemail (ext 300)';
    expect(await probe('Nov 25 11:59')).toContain(GREETING);
    expect(await probe('Nov 25 13:59')).toContain(rule);
    expect(await probe('Nov 25 14:00')).toContain(GREETING);
  });

  it('route to Alice when +1 212 555 calls: only that caller prefix, at any time', async () => {
    await apply('route to Alice when +1 212 555 calls');
    const rule = 'Custom rule "Calls from +1212555" sends the call to Alice Jones (ext 101)';
    expect(await probe('Dec 1 10am', '+12125550199')).toContain(rule);
    expect(await probe('Dec 1 10pm', '+12125550199')).toContain(rule);
    expect(await probe('Dec 1 10am', '+13125550199')).toContain(GREETING);
    expect(await probe('Dec 1 10am')).toContain(GREETING);
  });

  it('route to greeting then hang up on Dec 25', async () => {
    await apply('route to greeting then hang up on Dec 25');
    expect(await probe('Dec 24 10am')).toContain(GREETING);
    const inside = await probe('Dec 25 10am');
    expect(inside).toContain('Custom rule "Dec 25, 2026"');
    expect(inside).toContain('sends the call to the company greeting, then a hang-up');
    expect(await probe('Dec 25 23:59')).toContain('Custom rule "Dec 25, 2026"');
    expect(await probe('Dec 28 10am')).toContain(GREETING);
  });

  it('route to Main Menu on Jan 1', async () => {
    await apply('route to Main Menu on Jan 1');
    const rule = 'Custom rule "Jan 1, 2027" sends the call to Main Menu (ext 600)';
    expect(await probe('Dec 31 10am')).toContain(GREETING);
    expect(await probe('Jan 1 00:00')).toContain(rule);
    expect(await probe('Jan 1 10am')).toContain(rule);
    expect(await probe('Jan 4 10am')).toContain(GREETING);
  });

  it('hours 24/7: after hours no longer exists', async () => {
    await apply('hours 24/7');
    const open247 = 'The business-hours rule (open 24/7) sends the call to the company greeting';
    expect(await probe('Nov 29 3am')).toContain(open247);
    expect(await probe('Dec 1 11pm')).toContain(open247);
    expect(await probe('Dec 1 10am')).toContain(open247);
    expect(await probe('Nov 29 3am')).not.toContain('Main Voicemail');
  });

  it('holidays US 2027: observed Independence Day goes to voicemail', async () => {
    await apply('holidays US 2027');
    const rule = 'Custom rule "Holidays US 2027" sends the call to Main Voicemail (ext 300)';
    expect(await probe('Jul 2 2027 10am')).toContain(GREETING);
    expect(await probe('Jul 5 2027 10am')).toContain(rule);
    expect(await probe('Jul 6 2027 10am')).toContain(GREETING);
  });

  it('close now until 3pm, then open', async () => {
    await apply('close now until 3pm');
    expect(await probe('Nov 25 11:59')).toContain(GREETING);
    expect(await probe('Nov 25 1pm')).toContain('Main Voicemail (ext 300)');
    expect(await probe('Nov 25 1pm')).toContain('Closed until Nov 25, 15:00');
    expect(await probe('Nov 25 3pm')).toContain(GREETING);

    await apply('open');
    expect(await probe('Nov 25 1pm')).toContain(GREETING);
    expect(await probe('Nov 25 3pm')).toContain(GREETING);
  });

  it('rule "VIP callers" off', async () => {
    expect(await probe('Dec 1 10am', '+14155550100')).toContain('Custom rule "VIP callers" sends the call to Support Queue (ext 200)');
    await apply('rule "VIP callers" off');
    expect(await probe('Dec 1 10am', '+14155550100')).toContain(GREETING);
    const rule = (await emulatorState()).answeringRules.find((candidate) => candidate.name === 'VIP callers');
    expect(rule?.enabled).toBe(false);
  });

  it('rule "VIP callers" delete', async () => {
    await apply('rule "VIP callers" delete');
    expect(await probe('Dec 1 10am', '+14155550100')).toContain(GREETING);
    expect((await emulatorState()).answeringRules.map((rule) => rule.name)).not.toContain('VIP callers');
  });

  it('dial 0 to nothing in Main Menu', async () => {
    await apply('dial 0 to nothing in Main Menu');
    const menu = (await emulatorState()).ivrMenus.find((candidate) => candidate.name === 'Main Menu');
    expect(menu?.actions.find((action) => action.input === '0')?.action).toBe('DoNothing');
    expect(menu?.actions.find((action) => action.input === '1')?.action).toBe('Connect');
  });

  it('route to Alice and Bob in order: business hours go to Support Queue, which rings Alice then Bob', async () => {
    await apply('route to Alice and Bob in order');
    expect(await probe('Dec 1 10am')).toContain('Support Queue (ext 200)');
    const state = await emulatorState();
    const queueId = idOf(state, 'Support Queue');
    expect(state.answeringRules.find((rule) => rule.id === 'business-hours-rule')?.extension?.id).toBe(queueId);
    const queue = state.callQueues.find((candidate) => candidate.id === queueId)?.queue;
    expect(queue?.transferMode).toBe('FixedOrder');
    expect([...(queue?.fixedOrderAgents ?? [])].sort((a, b) => a.index - b.index).map((agent) => agent.extension.id)).toEqual([
      idOf(state, 'Alice Jones'),
      idOf(state, 'Bob Smith'),
    ]);
  });

  it('ring Sales Queue longest idle', async () => {
    await apply('ring Sales Queue longest idle');
    const state = await emulatorState();
    expect(state.callQueues.find((candidate) => candidate.id === idOf(state, 'Sales Queue'))?.queue.transferMode).toBe('Rotating');
  });

  it('route to Alice and Chloé: refused, since no call queue has exactly them', async () => {
    const result = await run(['--yes', 'route to Alice and Chloé']);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      'No call queue has exactly these members. Create one in the RingCentral admin portal (Phone System > Groups > Call Queues) with them, then try again.',
    );
  });
});
