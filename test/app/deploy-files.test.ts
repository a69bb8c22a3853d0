// What can be checked of the Dockerfile and compose.yaml without Docker: the image's user, command,
// install and health check (run for real against a local server), and that compose's replicas
// share one database and set only variables Switchboard reads.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { load } from 'js-yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../reliability/process-support/start-bot-process.ts';

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** One Dockerfile instruction: `RUN`, `COPY`… and the rest of its logical line. */
interface Instruction {
  readonly keyword: string;
  readonly args: string;
}

/** The Dockerfile's stages, each a list of instructions: comments dropped, continued lines joined. */
function dockerfileStages(text: string): ReadonlyArray<ReadonlyArray<Instruction>> {
  const logical = text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .filter((line) => line.trim() !== '');
  const stages: Instruction[][] = [];
  for (const line of logical) {
    const [, keyword = '', args = ''] = /^\s*(\S+)\s*(.*)$/.exec(line) ?? [];
    const instruction = { keyword: keyword.toUpperCase(), args: args.trim() };
    if (instruction.keyword === 'FROM') stages.push([]);
    stages.at(-1)?.push(instruction);
  }
  return stages;
}

/** The variables named in the README's configuration table: the ones Switchboard reads. */
function documentedVariables(): ReadonlySet<string> {
  const section = /## Configuration\n([\s\S]*?)\n## /.exec(read('README.md'))?.[1] ?? '';
  return new Set([...section.matchAll(/^\| (`[A-Z][^|]*) \|/gm)].flatMap((row) => [...row[1]!.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((name) => name[1]!)));
}

interface ComposeService {
  readonly image?: string;
  readonly build?: unknown;
  readonly env_file?: string | ReadonlyArray<string>;
  readonly environment?: Readonly<Record<string, string>>;
  readonly depends_on?: Readonly<Record<string, { condition?: string }>>;
  readonly healthcheck?: { test?: ReadonlyArray<string> };
  readonly ports?: ReadonlyArray<string>;
  readonly stop_grace_period?: string;
}

const stages = dockerfileStages(read('Dockerfile'));
const runtime = stages.at(-1) ?? [];
const compose = load(read('compose.yaml')) as { services: Record<string, ComposeService> };
const switchboards = Object.entries(compose.services).filter(([, service]) => service.build !== undefined);

describe('the Dockerfile', () => {
  it('builds on node:20-bookworm-slim in two stages, installing production dependencies only with npm ci', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage[0]!.args).toMatch(/^node:20-bookworm-slim\b/);
    const installs = stages.flat().filter((step) => step.keyword === 'RUN' && /\bnpm (ci|install)\b/.test(step.args));
    expect(installs.length).toBeGreaterThan(0);
    for (const install of installs) expect(install.args).toMatch(/\bnpm ci --omit=dev\b/);
    expect(runtime.some((step) => step.keyword === 'COPY' && /--from=\S+ \S*node_modules/.test(step.args))).toBe(true);
  });

  it('runs as the unprivileged node user', () => {
    const users = runtime.filter((step) => step.keyword === 'USER').map((step) => step.args);
    expect(users.at(-1)).toBe('node');
  });

  it('starts what npm start starts, with node itself as the process that gets SIGTERM', () => {
    const command = JSON.parse(runtime.find((step) => step.keyword === 'CMD')!.args) as string[];
    expect(command).toEqual(['node', 'bin/switchboard.js', 'start']);
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.start).toBe(command.join(' '));
  });

  it('exposes the PORT it sets', () => {
    const port = /\bPORT=(\d+)/.exec(runtime.filter((step) => step.keyword === 'ENV').map((step) => step.args).join(' '))?.[1];
    expect(port).toBeDefined();
    expect(runtime.find((step) => step.keyword === 'EXPOSE')?.args).toBe(port);
  });

  it('copies into the image only paths that exist and that .dockerignore lets through', () => {
    const ignored = read('.dockerignore').split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', '.env', '.git', 'data']));
    const sources = stages
      .flat()
      .filter((step) => step.keyword === 'COPY' && !step.args.includes('--from='))
      .flatMap((step) => step.args.split(/\s+/).filter((word) => !word.startsWith('--')).slice(0, -1));
    expect(sources).toEqual(expect.arrayContaining(['package-lock.json', 'bin', 'src', 'manifests']));
    for (const source of sources) {
      expect(existsSync(new URL(`../../${source}`, import.meta.url)), source).toBe(true);
      expect(ignored, source).not.toContain(source);
    }
  });
});

describe("the Dockerfile's health check", () => {
  const command = (): string[] => {
    const healthcheck = runtime.find((step) => step.keyword === 'HEALTHCHECK')!.args;
    return JSON.parse(/\bCMD\s+(\[.*\])$/.exec(healthcheck)![1]!) as string[];
  };
  let server: Server | undefined;
  afterEach(async () => {
    await new Promise<void>((resolve) => (server === undefined ? resolve() : server.close(() => resolve())));
    server = undefined;
  });

  /** Serves `status` on /healthz (404 elsewhere) on a free port, and returns the port. */
  async function serveHealthz(status: number): Promise<number> {
    const port = await freePort();
    server = createServer((request, response) => {
      response.statusCode = request.url === '/healthz' ? status : 404;
      response.end();
    });
    await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
    return port;
  }

  /** Runs the health check as Docker would in the container, with `env`; its exit code. */
  function runCheck(env: Record<string, string>): Promise<number | null> {
    const [program, ...args] = command();
    expect(program).toBe('node');
    const child = spawn(process.execPath, args, { env: { PATH: process.env.PATH ?? '', ...env }, stdio: 'ignore' });
    return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  }

  it('uses Node, not curl or wget, which slim images lack', () => {
    expect(command().join(' ')).not.toMatch(/\b(curl|wget)\b/);
  });

  it('passes when /healthz on PORT answers 200', async () => {
    expect(await runCheck({ PORT: String(await serveHealthz(200)) })).toBe(0);
  });

  it('fails when /healthz answers 503 or nothing listens', async () => {
    expect(await runCheck({ PORT: String(await serveHealthz(503)) })).toBe(1);
    expect(await runCheck({ PORT: String(await freePort()) })).toBe(1);
  });

  it('asks SWITCHBOARD_HEALTH_PORT when it is set, where the endpoints then are', async () => {
    const healthPort = await serveHealthz(200);
    expect(await runCheck({ PORT: String(await freePort()), SWITCHBOARD_HEALTH_PORT: String(healthPort) })).toBe(0);
  });
});

describe('compose.yaml', () => {
  it('runs PostgreSQL 15 with a health check, and two Switchboard replicas of the image built here', () => {
    const postgres = compose.services.postgres!;
    expect(postgres.image).toMatch(/^postgres:15\b/);
    expect(postgres.healthcheck?.test?.join(' ')).toContain('pg_isready');
    expect(switchboards).toHaveLength(2);
    expect(new Set(switchboards.map(([, service]) => JSON.stringify(service.build)))).toEqual(new Set([JSON.stringify('.')]));
  });

  it('points both replicas at the one PostgreSQL database, started and healthy first', () => {
    const urls = switchboards.map(([, service]) => service.environment?.DATABASE_URL);
    expect(new Set(urls).size).toBe(1);
    const url = new URL(urls[0]!.replace(/\$\{[^}]*\}/g, 'password'));
    const postgres = compose.services.postgres!.environment!;
    expect([url.protocol, url.hostname, url.username, url.pathname]).toEqual(['postgres:', 'postgres', postgres.POSTGRES_USER, `/${postgres.POSTGRES_DB}`]);
    // The same password variable on both sides, never a password written in the file.
    expect(urls[0]).toContain(postgres.POSTGRES_PASSWORD);
    expect(postgres.POSTGRES_PASSWORD).toMatch(/^\$\{POSTGRES_PASSWORD\b/);
    for (const [, service] of switchboards) expect(service.depends_on?.postgres?.condition).toBe('service_healthy');
  });

  it('gives the replicas their settings from .env and sets only variables Switchboard reads', () => {
    const documented = documentedVariables();
    expect(documented.size).toBeGreaterThan(20);
    for (const [name, service] of switchboards) {
      expect([service.env_file].flat(), name).toEqual(['.env']);
      for (const variable of Object.keys(service.environment ?? {})) expect(documented, `${name}: ${variable}`).toContain(variable);
    }
  });

  it('publishes each replica on a port of its own and lets each finish its shutdown (30 s) before Docker kills it', () => {
    const published = switchboards.flatMap(([, service]) => (service.ports ?? []).map((mapping) => mapping.split(':')[0]));
    expect(new Set(published).size).toBe(switchboards.length);
    for (const [name, service] of switchboards) expect(Number.parseInt(service.stop_grace_period ?? '10s', 10), name).toBeGreaterThan(30);
  });
});
