import { describe, expect, it } from 'vitest';
import { companyContext, EXTENSIONS, NOW } from './fixtures/company-context.ts';
import { intentOf, rangesOf, refusalOf } from './fixtures/read-command.ts';

describe('parseCommand: route to a default destination', () => {
  it('sets the business-hours destination', () => {
    expect(intentOf('route to voicemail')).toEqual({ kind: 'route', rule: 'business-hours', target: { kind: 'extension', extensionId: '401' } });
  });

  it('sets the after-hours destination with "after hours" at the end', () => {
    expect(intentOf('route to Alice after hours')).toEqual({ kind: 'route', rule: 'after-hours', target: { kind: 'extension', extensionId: '101' } });
  });

  it('sets the after-hours destination with "after hours" before "to"', () => {
    expect(intentOf('route after hours to voicemail')).toMatchObject({ kind: 'route', rule: 'after-hours' });
  });

  it.each(['send calls to greeting', 'send to greeting', 'forward to greeting', 'forward calls to greeting', 'route calls to the greeting'])(
    'reads the synonym "%s"',
    (text) => {
      expect(intentOf(text)).toEqual({ kind: 'route', rule: 'business-hours', target: { kind: 'greeting' } });
    },
  );

  it('reads "greeting then hang up"', () => {
    expect(intentOf('route to greeting then hang up after hours')).toEqual({
      kind: 'route',
      rule: 'after-hours',
      target: { kind: 'greeting-then-hang-up' },
    });
  });

  it('rings several users through a queue, in the order named', () => {
    expect(intentOf('route to Alice, Bob and Chloé in order')).toEqual({
      kind: 'route',
      rule: 'business-hours',
      target: { kind: 'users', extensionIds: ['101', '102', '103'], ringMode: 'FixedOrder' },
    });
  });

  it('rings several users all at once unless told otherwise', () => {
    expect(intentOf('route to Alice and Bob')).toMatchObject({ target: { kind: 'users', ringMode: 'Simultaneous' } });
  });

  it('rings the user idle longest for "longest idle"', () => {
    expect(intentOf('route to Alice, Bob longest idle after hours')).toMatchObject({
      rule: 'after-hours',
      target: { kind: 'users', extensionIds: ['101', '102'], ringMode: 'Rotating' },
    });
  });
});

describe('parseCommand: route to a custom rule', () => {
  it('adds a whole-day rule with a proposed name', () => {
    expect(intentOf('route to voicemail on Dec 25')).toEqual({
      kind: 'add-rule',
      proposedName: 'Dec 25, 2026',
      schedule: { kind: 'dates', ranges: [{ from: '2026-12-25T00:00:00.000-05:00', to: '2026-12-26T00:00:00.000-05:00' }] },
      callers: [],
      calledNumbers: [],
      target: { kind: 'extension', extensionId: '401' },
    });
  });

  it('keeps the name given with named "…"', () => {
    expect(intentOf('route to voicemail on Dec 25 named "Christmas"')).toMatchObject({ name: 'Christmas', proposedName: 'Dec 25, 2026' });
  });

  it('keeps the name given with as "…"', () => {
    expect(intentOf('route to voicemail as "Xmas" on Dec 25')).toMatchObject({ name: 'Xmas' });
  });

  it('adds a caller-ID rule with a partial number and no time condition', () => {
    expect(intentOf('route to Alice when +1 415 calls')).toEqual({
      kind: 'add-rule',
      proposedName: 'Calls from +1415',
      schedule: { kind: 'always' },
      callers: ['+1415'],
      calledNumbers: [],
      target: { kind: 'extension', extensionId: '101' },
    });
  });

  it('adds a called-number rule combined with a weekly schedule', () => {
    expect(intentOf('route to greeting for calls to +1 (650) 555-0100 on weekends')).toMatchObject({
      kind: 'add-rule',
      proposedName: 'Weekends to +16505550100',
      schedule: { kind: 'weekly', weekly: { saturday: [{ from: 0, to: 1440 }], sunday: [{ from: 0, to: 1440 }] } },
      calledNumbers: ['+16505550100'],
    });
  });

  it('reads several callers in one clause', () => {
    expect(intentOf('route to Bob if 4155550100 or 6505550100 calls')).toMatchObject({ callers: ['4155550100', '6505550100'] });
  });

  it('adds a rule for several users', () => {
    expect(intentOf('route to Alice and Bob all at once on Friday')).toMatchObject({
      kind: 'add-rule',
      target: { kind: 'users', extensionIds: ['101', '102'], ringMode: 'Simultaneous' },
    });
  });

  it('adds a rule from now for a duration', () => {
    expect(rangesOf(intentOf('route to voicemail for 90 minutes'))).toEqual([['2026-11-25T22:00:00.000-05:00', '2026-11-25T23:30:00.000-05:00']]);
  });
});

describe('parseCommand: other commands', () => {
  it('reads "ring <queue> <mode>"', () => {
    expect(intentOf('ring Sales longest idle')).toEqual({ kind: 'set-ring-mode', queueId: '201', ringMode: 'Rotating' });
  });

  it('reads "dial 0 to operator" as the main site\'s 0 key', () => {
    expect(intentOf('dial 0 to operator')).toEqual({ kind: 'set-dial-zero', menu: { kind: 'main-site' }, action: { action: 'ConnectToOperator' } });
  });

  it.each([
    ['dial 0 to greeting in Support Menu', { action: 'ConnectToIncomingCallRoutingSelection' }],
    ['dial 0 to nothing in support menu', { action: 'DoNothing' }],
    ['press 0 for Alice in ext 301', { action: 'Connect', extensionId: '101' }],
  ])('reads "%s" for an IVR menu', (text, action) => {
    expect(intentOf(text)).toEqual({ kind: 'set-dial-zero', menu: { kind: 'ivr-menu', menuId: '301' }, action });
  });

  it('reads business hours with a weekday range and a Saturday', () => {
    expect(intentOf('hours Mon-Fri 9-5, Sat 10-14')).toEqual({
      kind: 'set-business-hours',
      businessHours: {
        monday: [{ from: 540, to: 1020 }],
        tuesday: [{ from: 540, to: 1020 }],
        wednesday: [{ from: 540, to: 1020 }],
        thursday: [{ from: 540, to: 1020 }],
        friday: [{ from: 540, to: 1020 }],
        saturday: [{ from: 600, to: 840 }],
      },
    });
  });

  it('reads "hours 24/7" as an empty schedule', () => {
    expect(intentOf('hours 24/7')).toEqual({ kind: 'set-business-hours', businessHours: {} });
  });

  it('reads a schedule open all day every day as 24/7', () => {
    expect(intentOf('hours every day 0:00-24:00')).toEqual({ kind: 'set-business-hours', businessHours: {} });
  });

  it('reads a plain day name in hours as that weekday', () => {
    expect(intentOf('hours Friday 9-12')).toEqual({ kind: 'set-business-hours', businessHours: { friday: [{ from: 540, to: 720 }] } });
  });

  it('closes now until the end of the company day by default', () => {
    expect(intentOf('close now')).toEqual({
      kind: 'close',
      range: { from: '2026-11-25T22:00:00.000-05:00', to: '2026-11-26T00:00:00.000-05:00' },
      proposedName: 'Closed until Nov 26, 2026',
    });
  });

  it('closes until a time, which is the next one to come', () => {
    expect(intentOf('close now until 9am')).toMatchObject({ range: { to: '2026-11-26T09:00:00.000-05:00' }, proposedName: 'Closed until Nov 26 09:00' });
  });

  it('closes to a target, with the target before or after the end', () => {
    const expected = { range: { to: '2026-11-26T15:00:00.000-05:00' }, target: { kind: 'extension', extensionId: '401' } };
    expect(intentOf('close until 3pm to voicemail')).toMatchObject(expected);
    expect(intentOf('close now to voicemail until 3pm')).toMatchObject(expected);
  });

  it('closes for a duration', () => {
    expect(intentOf('close for 1 hour')).toMatchObject({ range: { to: '2026-11-25T23:00:00.000-05:00' } });
  });

  it('reads "open"', () => {
    expect(intentOf('open')).toEqual({ kind: 'open' });
  });

  it('reads "rules"', () => {
    expect(intentOf('rules')).toEqual({ kind: 'list-rules' });
  });

  it.each([
    ['rule Lunch off', 'disable'],
    ['rule "lunch" on', 'enable'],
    ['rule LUNCH delete', 'delete'],
    ['disable rule Lunch', 'disable'],
    ['rule r1 off', 'disable'],
  ] as const)('reads "%s"', (text, change) => {
    expect(intentOf(text)).toEqual({ kind: 'change-rule', ruleId: 'r1', ruleName: 'Lunch', change });
  });

  it('reads "status" and "status at <time>"', () => {
    expect(intentOf('status')).toEqual({ kind: 'status' });
    expect(intentOf('status at Dec 24 6pm')).toEqual({ kind: 'status', at: '2026-12-24T18:00:00.000-05:00' });
  });

  it('reads a day-only status time as midday', () => {
    expect(intentOf('status at tomorrow')).toEqual({ kind: 'status', at: '2026-11-26T12:00:00.000-05:00' });
  });

  it('reads "test <time> from <number> to <number>" with numbers as digits', () => {
    expect(intentOf('test Dec 24 10am from +1 415 555 0100 to 650-555-0199')).toEqual({
      kind: 'test',
      at: '2026-12-24T10:00:00.000-05:00',
      from: '+14155550100',
      to: '6505550199',
    });
  });

  it('ignores case, typographic dashes and a closing full stop', () => {
    expect(intentOf('ROUTE TO VOICEMAIL Dec 24\u201326.')).toEqual(intentOf('route to voicemail Dec 24-26'));
  });

  it('reads against the directory it is given, not a fixed one', () => {
    const context = companyContext(NOW, { extensions: [...EXTENSIONS, { id: '900', extensionNumber: '900', name: 'Night Desk', type: 'User', enabled: true }] });
    expect(intentOf('route to Night Desk', context)).toMatchObject({ target: { extensionId: '900' } });
  });
});

describe('parseCommand: refusals carry candidates', () => {
  it('lists the users an ambiguous first name matches', () => {
    expect(refusalOf('route to Alex on Friday')).toEqual({
      ok: false,
      code: 'target-ambiguous',
      text: 'Alex',
      candidates: ['Alex Kim (ext 104)', 'Alex Ray (ext 105)'],
    });
  });

  it('suggests names like an unknown target', () => {
    expect(refusalOf('route to Alise on Friday')).toEqual({ ok: false, code: 'target-unknown', text: 'Alise', candidates: ['Alice Smith (ext 101)'] });
  });

  it('lists the rules sharing a name', () => {
    expect(refusalOf('rule "Board call" off')).toMatchObject({ code: 'rule-ambiguous', candidates: ['Board call (id r3)', 'Board call (id r4)'] });
  });

  it('lists the regions of a country when the region is unknown', () => {
    expect(refusalOf('holidays CA-ZZ 2027').candidates).toContain('CA-QC (Quebec)');
  });
});
