import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDemoState, startEmulator, type RunningEmulator } from '../../src/emulator/index.ts';
import { connect, demoId, send, type ApiClient } from './emulator-client.ts';

let emulator: RunningEmulator;
let api: ApiClient;
const menu = `/ivr-menus/${demoId(600)}`;

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false });
  api = await connect(emulator.url);
});

beforeEach(async () => {
  await send(`${emulator.url}/_emulator/state`, { method: 'PUT', body: JSON.stringify(createDemoState()) });
});

afterAll(() => emulator.close());

describe('IVR menus', () => {
  it('lists the menus', async () => {
    const reply = await api.get('/ivr-menus');
    expect(reply.body.records).toEqual([
      { uri: `${emulator.url}/restapi/v1.0/account/1000000001${menu}`, id: demoId(600), name: 'Main Menu', extensionNumber: '600' },
    ]);
  });

  it('shows each key with the name of the extension it leads to', async () => {
    const reply = await api.get(menu);
    expect(reply.body.actions.map((action: { input: string; action: string }) => [action.input, action.action])).toEqual([
      ['1', 'Connect'],
      ['2', 'Connect'],
      ['0', 'ConnectToOperator'],
      ['Star', 'Repeat'],
      ['NoInput', 'Disconnect'],
    ]);
    expect(reply.body.actions[0].extension).toMatchObject({ id: demoId(200), name: 'Support Queue' });
  });

  it('keeps omitted fields on PUT and replaces the actions whole', async () => {
    const reply = await api.put(menu, { actions: [{ input: '0', action: 'Connect', extension: { id: demoId(102) } }] });
    expect(reply.status).toBe(200);
    expect(reply.body.name).toBe('Main Menu');
    expect(reply.body.prompt.mode).toBe('TextToSpeech');
    expect(reply.body.actions).toHaveLength(1);
    expect(reply.body.actions[0]).toMatchObject({ input: '0', action: 'Connect', extension: { id: demoId(102), name: 'Bob Smith' } });
  });

  it('renames the IVR extension along with the menu', async () => {
    await api.put(menu, { name: 'Welcome' });
    expect((await api.get(`/extension/${demoId(600)}`)).body.name).toBe('Welcome');
  });

  it('refuses a key that leads to an extension that does not exist', async () => {
    const reply = await api.put(menu, { actions: [{ input: '1', action: 'Connect', extension: { id: '404' } }] });
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0]).toMatchObject({ errorCode: 'CMN-102', parameterName: 'actions.extension.id' });
    expect((await api.get(menu)).body.actions).toHaveLength(5);
  });

  it('refuses the same key twice', async () => {
    const reply = await api.put(menu, { actions: [{ input: '1', action: 'Repeat' }, { input: '1', action: 'Disconnect' }] });
    expect(reply.body.errors[0].parameterName).toBe('actions.input');
  });

  it('refuses an action the spec does not know', async () => {
    const reply = await api.put(menu, { actions: [{ input: '0', action: 'TransferToVoicemailOfOperator' }] });
    expect(reply.body).toMatchObject({ errorCode: 'CMN-101', parameterName: 'actions.action' });
  });

  it('accepts "0" going back to the company call handling (ConnectToIncomingCallRoutingSelection)', async () => {
    const reply = await api.put(menu, { actions: [{ input: '0', action: 'ConnectToIncomingCallRoutingSelection' }] });
    expect(reply.status).toBe(200);
    expect(reply.body.actions).toEqual([{ input: '0', action: 'ConnectToIncomingCallRoutingSelection' }]);
  });
});

describe('call queues', () => {
  it('lists Department extensions as queues', async () => {
    const reply = await api.get('/call-queues');
    expect(reply.body.records.map((queue: { id: string; name: string }) => [queue.id, queue.name])).toEqual([
      [demoId(200), 'Support Queue'],
      [demoId(201), 'Sales Queue'],
    ]);
  });

  it('filters queues by member', async () => {
    const reply = await api.get(`/call-queues?memberExtensionId=${demoId(103)}`);
    expect(reply.body.records.map((queue: { name: string }) => queue.name)).toEqual(['Sales Queue']);
  });

  it('lists members with integer ids', async () => {
    const reply = await api.get(`/call-queues/${demoId(200)}/members`);
    expect(reply.body.records.map((member: { id: number; extensionNumber: string }) => [member.id, member.extensionNumber])).toEqual([
      [62000000101, '101'],
      [62000000102, '102'],
    ]);
  });

  it('adds and removes members with bulk-assign (204)', async () => {
    const reply = await api.post(`/call-queues/${demoId(200)}/bulk-assign`, { addedExtensionIds: [demoId(103)], removedExtensionIds: [demoId(101)] });
    expect(reply.status).toBe(204);
    const members = await api.get(`/call-queues/${demoId(200)}/members`);
    expect(members.body.records.map((member: { extensionNumber: string }) => member.extensionNumber)).toEqual(['102', '103']);
  });

  it('refuses a member that is not a User extension', async () => {
    const reply = await api.post(`/call-queues/${demoId(200)}/bulk-assign`, { addedExtensionIds: [demoId(300)] });
    expect(reply.status).toBe(400);
    expect(reply.body.message).toBe('Extension of type [Voicemail] cannot be included into call queue');
  });

  it('answers 404 for a queue that does not exist', async () => {
    const reply = await api.get(`/call-queues/${demoId(101)}/members`);
    expect(reply.status).toBe(404);
  });

  it('shows a queue ring mode on its business-hours rule', async () => {
    const reply = await api.get(`/extension/${demoId(200)}/answering-rule/business-hours-rule`);
    expect(reply.body).toMatchObject({ callHandlingAction: 'AgentQueue', queue: { transferMode: 'Simultaneous' } });
  });

  it('changes the ring mode to a fixed order with PUT', async () => {
    const reply = await api.put(`/extension/${demoId(200)}/answering-rule/business-hours-rule`, {
      queue: { transferMode: 'FixedOrder', fixedOrderAgents: [{ extension: { id: demoId(102) }, index: 1 }, { extension: { id: demoId(101) }, index: 2 }] },
    });
    expect(reply.status).toBe(200);
    const rule = await api.get(`/extension/${demoId(200)}/answering-rule/business-hours-rule`);
    expect(rule.body.queue.transferMode).toBe('FixedOrder');
    expect(rule.body.queue.fixedOrderAgents.map((agent: { extension: { id: string } }) => agent.extension.id)).toEqual([demoId(102), demoId(101)]);
  });

  it('rings members a fixed order leaves out after it, in member order', async () => {
    await api.put(`/extension/${demoId(200)}/answering-rule/business-hours-rule`, {
      queue: { transferMode: 'FixedOrder', fixedOrderAgents: [{ extension: { id: demoId(102) }, index: 1 }] },
    });
    const rule = await api.get(`/extension/${demoId(200)}/answering-rule/business-hours-rule`);
    expect(rule.body.queue.fixedOrderAgents.map((agent: { extension: { id: string }; index: number }) => [agent.extension.id, agent.index])).toEqual([
      [demoId(102), 1],
      [demoId(101), 2],
    ]);
  });

  it('keeps the fixed order of members who stay and rings newcomers last after a bulk assignment', async () => {
    await api.put(`/extension/${demoId(200)}/answering-rule/business-hours-rule`, {
      queue: { transferMode: 'FixedOrder', fixedOrderAgents: [{ extension: { id: demoId(102) }, index: 1 }, { extension: { id: demoId(101) }, index: 2 }] },
    });
    await api.post(`/call-queues/${demoId(200)}/bulk-assign`, { addedExtensionIds: [demoId(103)], removedExtensionIds: [] });
    const rule = await api.get(`/extension/${demoId(200)}/answering-rule/business-hours-rule`);
    expect(rule.body.queue.fixedOrderAgents.map((agent: { extension: { id: string } }) => agent.extension.id)).toEqual([demoId(102), demoId(101), demoId(103)]);
  });

  it('changes the ring mode to longest idle (Rotating)', async () => {
    await api.put(`/extension/${demoId(201)}/answering-rule/business-hours-rule`, { queue: { transferMode: 'Rotating' } });
    expect((await api.get(`/extension/${demoId(201)}/answering-rule/business-hours-rule`)).body.queue).toEqual({ transferMode: 'Rotating' });
  });

  it('refuses a fixed-order agent who is not a member', async () => {
    const reply = await api.put(`/extension/${demoId(201)}/answering-rule/business-hours-rule`, {
      queue: { transferMode: 'FixedOrder', fixedOrderAgents: [{ extension: { id: demoId(101) }, index: 1 }] },
    });
    expect(reply.body.errors[0]).toMatchObject({ errorCode: 'CMN-101', parameterName: 'queue.fixedOrderAgents.extension.id' });
  });
});
