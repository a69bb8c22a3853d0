import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { load } from 'js-yaml';
import type { Document } from 'openapi-backend';

/**
 * Where the pinned official spec lives: the npm package ringcentral-open-api-parser ships it, so
 * the emulator works on any clone after `npm install`.
 */
function specPath(): string {
  const packageJson = createRequire(import.meta.url).resolve('ringcentral-open-api-parser/package.json');
  return join(dirname(packageJson), 'rc-public-openapi.yml');
}

/**
 * The pinned spec (0.15.9) predates the `type` filter of the company rule list, which the newer
 * official spec documents (`type`, array of `RuleTypeInfo`, exploded). Without it every
 * `?type=Custom` would be refused as an unknown query parameter. This and the IVR action below are
 * the only additions to the spec, both taken from the newer official copy; the parameter reuses
 * the spec's own `RuleTypeInfo` schema. (`dropScalarExplode` only works around openapi-backend
 * and does not change what the spec allows.)
 */
function addRuleListTypeFilter(spec: Document): void {
  const list = spec.paths?.['/restapi/v1.0/account/{accountId}/answering-rule']?.get;
  if (list === undefined) return;
  const parameters = list.parameters ?? [];
  if (parameters.some((parameter) => 'name' in parameter && parameter.name === 'type')) return;
  list.parameters = [
    parameters[0]!,
    {
      name: 'type',
      in: 'query',
      description: 'Type of an answering rule. Multiple values are supported',
      explode: true,
      schema: { type: 'array', items: { $ref: '#/components/schemas/RuleTypeInfo' } },
    },
    ...parameters.slice(1),
  ] as typeof list.parameters;
}

/**
 * The pinned spec's IVR key actions lack `ConnectToIncomingCallRoutingSelection` ("go to the
 * company call handling"), which the newer official spec lists and DESIGN.md's dial-0 options
 * need. Added to the enum, nothing else.
 */
function addIvrRoutingSelectionAction(spec: Document): void {
  const schema = spec.components?.schemas?.IVRMenuActionsInfo as { properties?: { action?: { enum?: string[] } } } | undefined;
  const actions = schema?.properties?.action?.enum;
  if (actions !== undefined && !actions.includes('ConnectToIncomingCallRoutingSelection')) {
    actions.push('ConnectToIncomingCallRoutingSelection');
  }
}

/**
 * openapi-backend splits every `explode: false` query value on commas, scalars included, so
 * `page=1` on a parameter like the spec's shared `Page` becomes `["1"]` and fails as "not an
 * integer". For a scalar `explode` changes nothing in OpenAPI, so dropping it is meaning-preserving.
 */
function dropScalarExplode(spec: Document): void {
  const parameters: unknown[] = [...Object.values(spec.components?.parameters ?? {})];
  for (const item of Object.values(spec.paths ?? {})) {
    for (const operation of Object.values(item ?? {})) {
      if (typeof operation === 'object' && operation !== null && 'parameters' in operation && Array.isArray(operation.parameters)) {
        parameters.push(...(operation.parameters as unknown[]));
      }
    }
  }
  for (const parameter of parameters) {
    const candidate = parameter as { in?: string; explode?: boolean; schema?: { type?: string } };
    if (candidate.in === 'query' && candidate.explode === false && candidate.schema?.type !== 'array' && candidate.schema?.type !== 'object') {
      delete candidate.explode;
    }
  }
}

async function readSpec(): Promise<Document> {
  // Parsing the 1.6 MB YAML is the slow part of starting an emulator; it happens once per process.
  const spec = load(await readFile(specPath(), 'utf8')) as Document;
  addRuleListTypeFilter(spec);
  addIvrRoutingSelectionAction(spec);
  dropScalarExplode(spec);
  return spec;
}

let loading: Promise<Document> | undefined;

/** RingCentral's official OpenAPI document, read once per process and shared. */
export function loadRingCentralSpec(): Promise<Document> {
  loading ??= readSpec().catch((error: unknown) => {
    loading = undefined; // let the next start try again rather than fail forever
    throw error;
  });
  return loading;
}
