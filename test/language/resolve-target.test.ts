import { describe, expect, it } from 'vitest';
import type { Extension } from '../../src/callflow/model.ts';
import { resolveTarget } from '../../src/language/resolve-target.ts';
import { companyContext, EXTENSIONS, IVR_MENUS } from './fixtures/company-context.ts';

const context = companyContext();
const users = { allowUsers: true };
const extension = (extensionId: string) => ({ ok: true, target: { kind: 'extension', extensionId } });

describe('resolveTarget', () => {
  it.each([
    ['greeting', { kind: 'greeting' }],
    ['the company greeting', { kind: 'greeting' }],
    ['operator', { kind: 'greeting' }],
    ['main menu', { kind: 'greeting' }],
    ['greeting then hang up', { kind: 'greeting-then-hang-up' }],
    ['greeting and hang up', { kind: 'greeting-then-hang-up' }],
  ])('reads the keyword "%s"', (text, target) => {
    expect(resolveTarget(text, context, users)).toEqual({ ok: true, target });
  });

  it.each([
    ['Alice Smith', '101'],
    ['alice', '101'],
    ['Chloe', '103'],
    ['CHLOÉ MARTIN', '103'],
    ['ext 102', '102'],
    ['extension 102', '102'],
    ['x102', '102'],
    ['102', '102'],
    ['Sales', '201'],
    ['the Sales and Support', '202'],
    ['Front Desk', '601'],
    ['Support Menu', '301'],
    ['voicemail', '401'],
    ['General Voicemail', '401'],
    ['announcement', '501'],
    ['holiday message', '501'],
  ])('finds "%s" in the directory', (text, id) => {
    expect(resolveTarget(text, context, users)).toEqual(extension(id));
  });

  it('lets an IVR menu named "Main Menu" win over the keyword', () => {
    const withMainMenu = companyContext(undefined, {
      extensions: [...EXTENSIONS, { id: '302', extensionNumber: '302', name: 'Main Menu', type: 'IvrMenu', enabled: true }],
    });
    expect(resolveTarget('main menu', withMainMenu, users)).toEqual(extension('302'));
  });

  it('lets a user named "Operator" win over the keyword', () => {
    const withOperator = companyContext(undefined, {
      extensions: [...EXTENSIONS, { id: '110', extensionNumber: '110', name: 'Operator', type: 'User', enabled: true }],
    });
    expect(resolveTarget('operator', withOperator, users)).toEqual(extension('110'));
  });

  it('finds an IVR menu known only from the menu list', () => {
    const menusOnly = companyContext(undefined, { extensions: EXTENSIONS.filter((entry) => entry.type !== 'IvrMenu'), ivrMenus: IVR_MENUS });
    expect(resolveTarget('support menu', menusOnly, users)).toEqual(extension('301'));
  });

  it('asks which voicemail when the company has several, listing them', () => {
    const second: Extension = { id: '402', extensionNumber: '402', name: 'Sales Voicemail', type: 'Voicemail', enabled: true };
    const twoBoxes = companyContext(undefined, { extensions: [...EXTENSIONS, second] });
    expect(resolveTarget('voicemail', twoBoxes, users)).toEqual({
      ok: false,
      code: 'target-ambiguous',
      text: 'voicemail',
      candidates: ['General Voicemail (ext 401)', 'Sales Voicemail (ext 402)'],
    });
    expect(resolveTarget('sales voicemail', twoBoxes, users)).toEqual(extension('402'));
  });

  it('does not route to extension types a company rule cannot use', () => {
    expect(resolveTarget('Lobby Phone', context, users)).toBeNull();
  });

  it('refuses a disabled extension', () => {
    expect(resolveTarget('Dana Gone', context, users)).toEqual({ ok: false, code: 'target-disabled', text: 'Dana Gone' });
  });

  it('keeps a queue whose name contains "and" whole', () => {
    expect(resolveTarget('Sales and Support', context, users)).toEqual(extension('202'));
  });

  it('reads a list of users in order, without repeats', () => {
    expect(resolveTarget('Bob, Alice & Bob', context, users)).toEqual({
      ok: true,
      target: { kind: 'users', extensionIds: ['102', '101'], ringMode: 'Simultaneous' },
    });
  });

  it('refuses a list with a member that is not a user', () => {
    expect(resolveTarget('Alice and Sales', context, users)).toEqual({ ok: false, code: 'target-not-user', text: 'Sales' });
  });

  it('does not read a list when lists are not allowed', () => {
    expect(resolveTarget('Alice and Bob', context, { allowUsers: false })).toBeNull();
  });

  it('returns null for a phrase that is no target, so a shorter one can be tried', () => {
    expect(resolveTarget('voicemail on Friday', context, users)).toBeNull();
  });
});
