import { resourceNotFound } from './api-error.ts';
import type { ExtensionRecord } from './emulator-state.ts';
import { buildPage, readPageRequest } from './paging.ts';
import { accountUri, extensionUri } from './resource-uris.ts';
import { failWith, ok, type Route, type RouteContext, type RouteResult } from './route-types.ts';

/** An extension record as the API shows it. */
function extensionView(context: RouteContext, extension: ExtensionRecord) {
  return { uri: extensionUri(context, extension.id), ...extension };
}

/** `GetAccountInfoResponse`. */
function readAccount(context: RouteContext): RouteResult {
  const { account } = context.state;
  return ok({
    uri: accountUri(context),
    id: account.id,
    mainNumber: account.mainNumber,
    operator: { uri: extensionUri(context, account.operator.id), ...account.operator },
    regionalSettings: {
      ...account.regionalSettings,
      timezone: { uri: `${context.baseUrl}/restapi/v1.0/dictionary/timezone/${account.regionalSettings.timezone.id}`, ...account.regionalSettings.timezone },
    },
    status: account.status,
    serviceInfo: { uri: `${accountUri(context)}/service-info` },
    setupWizardState: 'Completed',
  });
}

/** Keeps the extensions that pass the list's filters (repeated `type` and `status` are ORed). */
function filterExtensions(extensions: ReadonlyArray<ExtensionRecord>, query: URLSearchParams): ExtensionRecord[] {
  const types = query.getAll('type').filter((value) => value !== '');
  const statuses = query.getAll('status').filter((value) => value !== '');
  const numbers = query.getAll('extensionNumber');
  const emails = query.getAll('email').map((email) => email.toLowerCase());
  return extensions.filter(
    (extension) =>
      (types.length === 0 || types.includes(extension.type)) &&
      (statuses.length === 0 || statuses.includes(extension.status)) &&
      (numbers.length === 0 || numbers.includes(extension.extensionNumber)) &&
      (emails.length === 0 || emails.includes(extension.contact?.email?.toLowerCase() ?? '')),
  );
}

function listExtensions(context: RouteContext): RouteResult {
  const paging = readPageRequest(context.query);
  if (!paging.ok) return failWith(paging.failure);
  const records = filterExtensions(context.state.extensions, context.query).map((extension) => extensionView(context, extension));
  return ok(buildPage(records, paging.request, context.requestUrl));
}

/** The extension a path's `extensionId` names; `~` is the token owner's own extension. */
export function findExtension(context: RouteContext, extensionId: string | undefined): ExtensionRecord | undefined {
  const id = extensionId === '~' ? context.ownerId : extensionId;
  return context.state.extensions.find((extension) => String(extension.id) === id);
}

function readExtension(context: RouteContext): RouteResult {
  const extension = findExtension(context, context.params.extensionId);
  if (extension === undefined) return failWith(resourceNotFound('extensionId'));
  return ok({ ...extensionView(context, extension), account: { uri: accountUri(context), id: String(context.state.account.id) } });
}

/** Account info and the extension directory. */
export function createAccountRoutes(): Record<string, Route> {
  return {
    readAccountInfo: { changesState: false, handle: readAccount },
    listExtensions: { changesState: false, handle: listExtensions },
    readExtension: { changesState: false, handle: readExtension },
  };
}
