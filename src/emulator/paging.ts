import { invalidParameter, type ApiFailure } from './api-error.ts';

/** Which page a list request asks for. */
export interface PageRequest {
  readonly page: number;
  readonly perPage: number;
}

/** RingCentral's list envelope: `uri`, `records`, `paging` and `navigation`. */
export interface PagedList<T> {
  uri: string;
  records: T[];
  paging: { page: number; totalPages: number; perPage: number; totalElements: number; pageStart?: number; pageEnd?: number };
  navigation: {
    firstPage: { uri: string };
    nextPage?: { uri: string };
    previousPage?: { uri: string };
    lastPage: { uri: string };
  };
}

/** The largest page RingCentral serves; bigger `perPage` values are cut down to it. */
const MAX_PER_PAGE = 1000;

/** Reads `page` and `perPage` (already type-checked by the spec): defaults 1 and 100. */
export function readPageRequest(query: URLSearchParams): { ok: true; request: PageRequest } | { ok: false; failure: ApiFailure } {
  const page = Number(query.get('page') ?? 1);
  const perPage = Number(query.get('perPage') ?? 100);
  if (!Number.isInteger(page) || page < 1) return { ok: false, failure: invalidParameter('page') };
  if (!Number.isInteger(perPage) || perPage < 1) return { ok: false, failure: invalidParameter('perPage') };
  return { ok: true, request: { page, perPage: Math.min(perPage, MAX_PER_PAGE) } };
}

/** The request's own URL with another page number (other query parameters kept). */
function pageUri(requestUrl: URL, page: number, perPage: number): string {
  const url = new URL(requestUrl.href);
  url.searchParams.set('page', String(page));
  url.searchParams.set('perPage', String(perPage));
  return url.href;
}

/** One page of `items` with RingCentral's paging and navigation objects. */
export function buildPage<T>(items: ReadonlyArray<T>, request: PageRequest, requestUrl: URL): PagedList<T> {
  const { page, perPage } = request;
  const totalElements = items.length;
  const totalPages = Math.ceil(totalElements / perPage);
  const start = (page - 1) * perPage;
  const records = items.slice(start, start + perPage);
  const paging: PagedList<T>['paging'] = { page, totalPages, perPage, totalElements };
  // RingCentral leaves pageStart/pageEnd out of a page with no records.
  if (records.length > 0) {
    paging.pageStart = start;
    paging.pageEnd = start + records.length - 1;
  }
  const lastPage = Math.max(1, totalPages);
  const navigation: PagedList<T>['navigation'] = {
    firstPage: { uri: pageUri(requestUrl, 1, perPage) },
    lastPage: { uri: pageUri(requestUrl, lastPage, perPage) },
  };
  if (page < lastPage) navigation.nextPage = { uri: pageUri(requestUrl, page + 1, perPage) };
  if (page > 1) navigation.previousPage = { uri: pageUri(requestUrl, Math.min(page - 1, lastPage), perPage) };
  return { uri: pageUri(requestUrl, page, perPage), records, paging, navigation };
}
