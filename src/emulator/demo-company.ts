import type { EmulatorState, ExtensionRecord, ExtensionType } from './emulator-state.ts';

/**
 * Extension ids are the extension number plus a large offset, so they look like real RingCentral
 * ids and code that mixes up ids and extension numbers fails visibly.
 */
const ID_OFFSET = 62_000_000_000;

/** The id of the demo extension with this extension number. */
function idOf(extensionNumber: number): number {
  return ID_OFFSET + extensionNumber;
}

function extension(
  extensionNumber: number,
  name: string,
  type: ExtensionType,
  contact?: ExtensionRecord['contact'],
): ExtensionRecord {
  const record: ExtensionRecord = { id: idOf(extensionNumber), extensionNumber: String(extensionNumber), name, type, status: 'Enabled' };
  return contact === undefined ? record : { ...record, contact };
}

/**
 * The demo company: US/Eastern, main number +1 650 555 0100, three users, two call queues,
 * a voicemail box, a holiday announcement, a shared line and an IVR menu; open Mon–Fri 09:00–17:00.
 * Returns a fresh copy each call, so callers may change it.
 */
export function createDemoState(): EmulatorState {
  return {
    account: {
      id: 1_000_000_001,
      mainNumber: '+16505550100',
      operator: { id: idOf(101), extensionNumber: '101' },
      regionalSettings: {
        timezone: { id: '59', name: 'US/Eastern', description: 'Eastern Time (US & Canada)', bias: '-300' },
        homeCountry: { id: '1', name: 'United States' },
        language: { id: '1033', name: 'English (United States)', localeCode: 'en-US' },
        timeFormat: '12h',
      },
      status: 'Confirmed',
    },
    extensions: [
      extension(101, 'Alice Jones', 'User', { firstName: 'Alice', lastName: 'Jones', email: 'alice.jones@example.com' }),
      extension(102, 'Bob Smith', 'User', { firstName: 'Bob', lastName: 'Smith', email: 'bob.smith@example.com' }),
      extension(103, 'Chloé Martin', 'User', { firstName: 'Chloé', lastName: 'Martin', email: 'chloe.martin@example.com' }),
      extension(200, 'Support Queue', 'Department'),
      extension(201, 'Sales Queue', 'Department'),
      extension(300, 'Main Voicemail', 'Voicemail'),
      extension(400, 'Holiday Message', 'Announcement'),
      extension(500, 'Front Desk', 'SharedLinesGroup'),
      extension(600, 'Main Menu', 'IvrMenu'),
    ],
    businessHours: {
      schedule: {
        weeklyRanges: {
          monday: [{ from: '09:00', to: '17:00' }],
          tuesday: [{ from: '09:00', to: '17:00' }],
          wednesday: [{ from: '09:00', to: '17:00' }],
          thursday: [{ from: '09:00', to: '17:00' }],
          friday: [{ from: '09:00', to: '17:00' }],
        },
      },
    },
    answeringRules: [
      {
        id: '33000000001',
        type: 'Custom',
        enabled: true,
        name: 'VIP callers',
        callers: [{ callerId: '1415555', name: 'Bay Area VIPs' }],
        schedule: { ref: 'BusinessHours' },
        callHandlingAction: 'Bypass',
        extension: { id: String(idOf(200)) },
      },
      {
        id: 'business-hours-rule',
        type: 'BusinessHours',
        enabled: true,
        schedule: { ref: 'BusinessHours' },
        callHandlingAction: 'Operator',
      },
      {
        id: 'after-hours-rule',
        type: 'AfterHours',
        enabled: true,
        schedule: { ref: 'AfterHours' },
        callHandlingAction: 'Bypass',
        extension: { id: String(idOf(300)) },
      },
    ],
    ivrMenus: [
      {
        id: String(idOf(600)),
        name: 'Main Menu',
        extensionNumber: '600',
        promptRepeatCount: 3,
        site: { id: 'main-site', name: 'Main Site' },
        prompt: { mode: 'TextToSpeech', text: 'Thanks for calling. For support press 1, for sales press 2, for the operator press 0.' },
        actions: [
          { input: '1', action: 'Connect', extension: { id: String(idOf(200)), name: 'Support Queue' } },
          { input: '2', action: 'Connect', extension: { id: String(idOf(201)), name: 'Sales Queue' } },
          { input: '0', action: 'ConnectToOperator' },
          { input: 'Star', action: 'Repeat' },
          { input: 'NoInput', action: 'Disconnect' },
        ],
      },
    ],
    callQueues: [
      { id: String(idOf(200)), members: [{ id: idOf(101) }, { id: idOf(102) }], queue: { transferMode: 'Simultaneous' } },
      {
        id: String(idOf(201)),
        members: [{ id: idOf(103) }],
        queue: { transferMode: 'FixedOrder', fixedOrderAgents: [{ extension: { id: String(idOf(103)) }, index: 1 }] },
      },
    ],
  };
}
