import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { SHARED_DIR, sharedDirAvailable } from '../support/shared-dir.ts';

const MANIFESTS = {
  production: 'manifests/switchboard.yaml',
  dev: 'manifests/switchboard-dev.yaml',
} as const;

/** What the bot needs and nothing more: /ivr, posting and updating (ephemeral too), names and zones, approver groups, DMs, reading the audit channel back, `doctor`'s channel membership, uploading the week's picture. */
const BOT_SCOPES = ['channels:history', 'channels:read', 'chat:write', 'commands', 'files:write', 'groups:history', 'groups:read', 'im:write', 'usergroups:read', 'users:read'];

interface Manifest {
  features: {
    app_home: { home_tab_enabled: boolean; messages_tab_enabled?: boolean; messages_tab_read_only_enabled?: boolean };
    bot_user: { display_name: string };
    slash_commands: Array<{ command: string; url?: string }>;
  };
  oauth_config: { scopes: { bot: string[]; user?: string[] } };
  settings: {
    socket_mode_enabled: boolean;
    event_subscriptions: { request_url?: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url?: string; message_menu_options_url?: string };
  };
}

const readManifest = (path: string) => load(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as Manifest;
const production = readManifest(MANIFESTS.production);
const dev = readManifest(MANIFESTS.dev);

describe('the Slack app manifests', () => {
  it.each([
    ['production', production],
    ['dev', dev],
  ] as const)('gives the %s app exactly the bot scopes it uses and no user scopes', (_name, manifest) => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(BOT_SCOPES);
    expect(manifest.oauth_config.scopes.user).toBeUndefined();
  });

  it.each([
    ['production', production],
    ['dev', dev],
  ] as const)('gives the %s app a Home tab, a read-only messages tab and app_home_opened', (_name, manifest) => {
    expect(manifest.features.app_home).toEqual({ home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: true });
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(['app_home_opened']);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it('serves /ivr over HTTP in production, every request URL on /slack/events', () => {
    const url = 'https://switchboard.example.com/slack/events';
    expect(production.features.slash_commands.map((command) => [command.command, command.url])).toEqual([['/ivr', url]]);
    expect(production.settings.event_subscriptions.request_url).toBe(url);
    expect(production.settings.interactivity).toMatchObject({ request_url: url, message_menu_options_url: url });
    expect(production.settings.socket_mode_enabled).toBe(false);
  });

  it('runs /ivr-dev over Socket Mode in the dev app, with no request URLs', () => {
    expect(dev.features.slash_commands.map((command) => command.command)).toEqual(['/ivr-dev']);
    expect(dev.settings.socket_mode_enabled).toBe(true);
    expect(JSON.stringify(dev)).not.toMatch(/https?:\/\//);
  });
});

const available = sharedDirAvailable("the manifests' check against Slack's manifest schema");

describe.runIf(available)("the Slack app manifests against Slack's manifest schema 1.0.0", () => {
  const validate = available ? compileManifestSchema() : undefined;

  it.each(Object.entries(MANIFESTS))('accepts the %s manifest', (_name, path) => {
    const valid = validate?.(readManifest(path));
    expect(validate?.errors ?? [], `${path} breaks the schema`).toEqual([]);
    expect(valid).toBe(true);
  });

  it("accepts Slack's own example of a valid manifest", () => {
    const valid: unknown = JSON.parse(readFileSync(`${SHARED_DIR}slack/manifest-schema/examples/v1/manifest.valid.json`, 'utf8'));
    expect(validate?.(valid)).toBe(true);
  });

  it("rejects Slack's own example of an invalid manifest, so the check has teeth", () => {
    const invalid: unknown = JSON.parse(readFileSync(`${SHARED_DIR}slack/manifest-schema/examples/v1/manifest.invalid.json`, 'utf8'));
    expect(validate?.(invalid)).toBe(false);
  });
});

function compileManifestSchema() {
  const schema = JSON.parse(readFileSync(`${SHARED_DIR}slack/manifest-schema/schemas/manifest.schema.1.0.0.json`, 'utf8')) as Record<string, unknown>;
  // Ajv's default dialect is draft-07, the schema's own. strictTypes is off because two
  // `minItems` in Slack's schema sit on string items (a harmless slip in their file).
  const ajv = new Ajv({ allErrors: true, strictTypes: false });
  addFormats.default(ajv);
  // Slack's schema uses two keywords of its own: `_note` is a comment, `regex` means `pattern`.
  ajv.addKeyword({ keyword: '_note' });
  ajv.addKeyword({ keyword: 'regex', type: 'string', schemaType: 'string', validate: (pattern: string, value: string) => new RegExp(pattern).test(value) });
  return ajv.compile(schema);
}
