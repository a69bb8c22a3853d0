import addFormats from 'ajv-formats';
import { OpenAPIBackend, type ValidationResult } from 'openapi-backend';
import { invalidParameter, type ApiFailure } from './api-error.ts';
import { loadRingCentralSpec } from './ringcentral-spec.ts';

/** RingCentral's usage-plan groups (`x-throttling-group`). */
export type ThrottlingGroup = 'Light' | 'Medium' | 'Heavy' | 'Auth';

/** A spec operation a request was matched to. */
export interface MatchedOperation {
  readonly operationId: string;
  readonly throttlingGroup: ThrottlingGroup;
  /** The app permission a token's scope must hold (`x-app-permission`); none for the OAuth operations. */
  readonly appPermission?: string;
  /** Path parameters by their spec names (`accountId`, `ruleId`, …). */
  readonly params: Readonly<Record<string, string>>;
}

/** A request as the validator sees it: the body already parsed (JSON, or a form as an object). */
export interface RequestToValidate {
  readonly method: string;
  readonly pathname: string;
  readonly search: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: unknown;
}

/** Matches requests to spec operations and checks them against the spec's schemas. */
export interface SpecValidator {
  match(method: string, pathname: string): MatchedOperation | null;
  /** The first spec violation as RingCentral's CMN-101, or null when the request conforms. */
  validate(operation: MatchedOperation, request: RequestToValidate): ApiFailure | null;
  /** Like `validate`, but hands back Ajv's errors for callers that pick among them. */
  validationErrors(operation: MatchedOperation, request: RequestToValidate): ErrorObject[];
}

/** Ajv's error object, taken from openapi-backend so ajv need not be a direct dependency. */
type ErrorObject = NonNullable<ValidationResult['errors']>[number];

const GROUPS: ReadonlyArray<ThrottlingGroup> = ['Light', 'Medium', 'Heavy', 'Auth'];

/**
 * The parameter an Ajv error is about, in RingCentral's dotted style: `/requestBody/schedule/ranges/0/from`
 * becomes `schedule.ranges.from`; a missing or unknown property is named itself.
 */
export function parameterNameOf(error: ErrorObject): string {
  const segments = error.instancePath.split('/').slice(2).filter((segment) => segment !== '' && !/^\d+$/.test(segment));
  const params = error.params as { missingProperty?: string; additionalProperty?: string };
  const extra = params.missingProperty ?? params.additionalProperty;
  if (extra === 'requestBody') return 'body';
  if (extra !== undefined) segments.push(extra);
  if (segments.length > 0) return segments.join('.');
  return error.instancePath.startsWith('/requestBody') || error.instancePath === '' ? 'body' : error.instancePath.slice(1);
}

/** A path segment without its percent-encoding (`%7E` is `~`); left as is when malformed. */
function decodeSegment(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function toRequest(request: RequestToValidate) {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(request.headers)) if (value !== undefined) headers[name] = value;
  return { method: request.method, path: request.pathname, query: request.search.replace(/^\?/, ''), headers, body: request.body };
}

async function createBackend(): Promise<OpenAPIBackend> {
  const backend = new OpenAPIBackend({
    definition: await loadRingCentralSpec(),
    quick: true,
    apiRoot: '/',
    customizeAjv: (ajv) => {
      addFormats.default(ajv);
      // The spec documents offset-less values ("2018-10-29T14:00:00") as valid date-times, which
      // RFC 3339's strict `date-time` refuses; ajv-formats' ISO variant accepts both.
      ajv.addFormat('date-time', addFormats.default.get('iso-date-time'));
      return ajv;
    },
  });
  return backend.init();
}

let creating: Promise<OpenAPIBackend> | undefined;

/** The spec validator, built once per process (validators compile lazily, per operation). */
export async function loadSpecValidator(): Promise<SpecValidator> {
  creating ??= createBackend().catch((error: unknown) => {
    creating = undefined;
    throw error;
  });
  const backend = await creating;

  const validationErrors = (operation: MatchedOperation, request: RequestToValidate): ErrorObject[] => {
    const result = backend.validator.validateRequest(toRequest(request), operation.operationId);
    return result.errors ?? [];
  };

  return {
    match(method, pathname) {
      const operation = backend.router.matchOperation({ method, path: pathname, headers: {} });
      if (operation?.operationId === undefined) return null;
      const { 'x-throttling-group': group, 'x-app-permission': appPermission } = operation as { 'x-throttling-group'?: string; 'x-app-permission'?: string };
      const raw = backend.router.parseRequest({ method, path: pathname, headers: {} }, operation).params as Record<string, string>;
      const params = Object.fromEntries(Object.entries(raw).map(([name, value]) => [name, decodeSegment(value)]));
      return {
        operationId: operation.operationId,
        throttlingGroup: GROUPS.find((candidate) => candidate === group) ?? 'Light',
        ...(appPermission === undefined ? {} : { appPermission }),
        params,
      };
    },
    validate(operation, request) {
      const first = validationErrors(operation, request)[0];
      return first === undefined ? null : invalidParameter(parameterNameOf(first));
    },
    validationErrors,
  };
}
