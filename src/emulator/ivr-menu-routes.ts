import { invalidParameter, resourceNotFound, type ApiFailure } from './api-error.ts';
import type { IvrActionRecord, IvrMenuRecord } from './emulator-state.ts';
import { accountUri, extensionUri } from './resource-uris.ts';
import { failWith, ok, type Route, type RouteContext, type RouteResult } from './route-types.ts';

/** The keys an IVR menu can handle. */
const IVR_INPUTS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'Star', 'Hash', 'NoInput'];

/** Actions that send the caller to an extension and so need `extension.id`. */
const EXTENSION_ACTIONS = ['Connect', 'Voicemail'];

const menuUri = (context: RouteContext, id: string) => `${accountUri(context)}/ivr-menus/${id}`;

/** `IVRMenuInfo` with absolute URIs and the names of the extensions its keys lead to. */
function menuView(context: RouteContext, menu: IvrMenuRecord) {
  const actions = menu.actions.map((action) => {
    if (action.extension === undefined) return action;
    const target = context.state.extensions.find((extension) => String(extension.id) === action.extension?.id);
    return { ...action, extension: { uri: extensionUri(context, action.extension.id), id: action.extension.id, name: target?.name ?? action.extension.name } };
  });
  return { uri: menuUri(context, menu.id), ...menu, actions };
}

/** Checks a full list of key actions; returns them in stored form or the first failure. */
function checkActions(context: RouteContext, actions: ReadonlyArray<Partial<IvrActionRecord>>): IvrActionRecord[] | ApiFailure {
  const seen = new Set<string>();
  const checked: IvrActionRecord[] = [];
  for (const action of actions) {
    if (action.input === undefined || !IVR_INPUTS.includes(action.input) || seen.has(action.input)) return invalidParameter('actions.input');
    seen.add(action.input);
    if (action.action === undefined) return invalidParameter('actions.action');
    const record: IvrActionRecord = { input: action.input, action: action.action };
    if (EXTENSION_ACTIONS.includes(action.action)) {
      const id = action.extension?.id;
      if (id === undefined) return invalidParameter('actions.extension');
      const target = context.state.extensions.find((extension) => String(extension.id) === id);
      if (target === undefined) return resourceNotFound('actions.extension.id', 400);
      // Stored with its name, as the state file holds menus read from RingCentral.
      record.extension = { id, name: target.name };
    }
    if (action.action === 'Transfer') {
      if (action.phoneNumber === undefined || action.phoneNumber === '') return invalidParameter('actions.phoneNumber');
      record.phoneNumber = action.phoneNumber;
    }
    checked.push(record);
  }
  return checked;
}

function findMenu(context: RouteContext): IvrMenuRecord | undefined {
  return context.state.ivrMenus.find((menu) => menu.id === context.params.ivrMenuId);
}

/** PUT: omitted fields stay as they are; `actions`, when sent, replaces the whole list. */
function updateMenu(context: RouteContext): RouteResult {
  const menu = findMenu(context);
  if (menu === undefined) return failWith(resourceNotFound('ivrMenuId'));
  const body = context.body as Partial<Omit<IvrMenuRecord, 'actions'>> & { actions?: Array<Partial<IvrActionRecord>> };
  const updated: IvrMenuRecord = { ...menu };
  if (body.name !== undefined) {
    if (body.name.trim() === '') return failWith(invalidParameter('name'));
    updated.name = body.name;
  }
  if (body.extensionNumber !== undefined) {
    const taken = context.state.extensions.some((extension) => extension.extensionNumber === body.extensionNumber && String(extension.id) !== menu.id);
    if (taken) return failWith(invalidParameter('extensionNumber'));
    updated.extensionNumber = body.extensionNumber;
  }
  if (body.promptRepeatCount !== undefined) {
    if (![1, 2, 3].includes(body.promptRepeatCount)) return failWith(invalidParameter('promptRepeatCount'));
    updated.promptRepeatCount = body.promptRepeatCount;
  }
  if (body.site !== undefined) updated.site = body.site;
  if (body.prompt !== undefined) updated.prompt = body.prompt;
  if (body.actions !== undefined) {
    const actions = checkActions(context, body.actions);
    if (!Array.isArray(actions)) return failWith(actions);
    updated.actions = actions;
  }
  context.state.ivrMenus = context.state.ivrMenus.map((candidate) => (candidate.id === menu.id ? updated : candidate));
  // An IVR menu is an extension too: keep the directory's name and number in step.
  context.state.extensions = context.state.extensions.map((extension) =>
    String(extension.id) === menu.id ? { ...extension, name: updated.name, extensionNumber: updated.extensionNumber } : extension,
  );
  return ok(menuView(context, updated));
}

function listMenus(context: RouteContext): RouteResult {
  const records = context.state.ivrMenus.map((menu) => ({
    uri: menuUri(context, menu.id),
    id: menu.id,
    name: menu.name,
    extensionNumber: menu.extensionNumber,
  }));
  return ok({ uri: `${accountUri(context)}/ivr-menus`, records });
}

function readMenu(context: RouteContext): RouteResult {
  const menu = findMenu(context);
  return menu === undefined ? failWith(resourceNotFound('ivrMenuId')) : ok(menuView(context, menu));
}

/** IVR menus: list, read, update. */
export function createIvrMenuRoutes(): Record<string, Route> {
  return {
    readIVRMenuList: { changesState: false, handle: listMenus },
    readIVRMenu: { changesState: false, handle: readMenu },
    updateIVRMenu: { changesState: true, handle: updateMenu },
  };
}
