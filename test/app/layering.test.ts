import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import extractDepcruiseConfig from 'dependency-cruiser/config-utl/extract-depcruise-config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** The rule names the project's own rules file reports for the tree under `baseDir`, and how many modules it read. */
async function cruiseTree(baseDir: string): Promise<{ readonly violations: string[]; readonly modules: number }> {
  const config = (await extractDepcruiseConfig(join(ROOT, '.dependency-cruiser.cjs'))) as IConfiguration;
  const { output } = await cruise(['src'], {
    ...config.options,
    // The fixtures below are plain relative imports; the project's tsconfig is for the real tree.
    tsConfig: undefined,
    baseDir,
    validate: true,
    ruleSet: config,
    outputType: 'json',
  });
  const result = (typeof output === 'string' ? JSON.parse(output) : output) as ICruiseResult;
  return { violations: result.summary.violations.map((violation) => violation.rule.name), modules: result.summary.totalCruised };
}

async function violationsIn(baseDir: string): Promise<string[]> {
  return (await cruiseTree(baseDir)).violations;
}

/** A tree of TypeScript files, each given as its path under src/ and its text. */
function writeTree(files: Record<string, string>): string {
  const base = mkdtempSync(join(tmpdir(), 'switchboard-layering-'));
  for (const [path, text] of Object.entries(files)) {
    const file = join(base, 'src', path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return base;
}

describe('the layering rules (.dependency-cruiser.cjs)', () => {
  it('pass on the real tree', async () => {
    const { violations, modules } = await cruiseTree(ROOT);
    expect(violations).toEqual([]);
    // Every file under src/ was read, so the pass means something.
    expect(modules).toBeGreaterThan(300);
  }, 60_000);

  const trees: string[] = [];
  afterAll(() => trees.forEach((tree) => rmSync(tree, { recursive: true, force: true })));

  // Each breach is one import added to an otherwise well-layered tree.
  const breaches: ReadonlyArray<readonly [string, string, Record<string, string>]> = [
    ['slack/ imports console/', 'adapters-are-leaves', { 'slack/bot.ts': "import { run } from '../console/run.ts';\nexport const bot = run;\n" }],
    ['console/ imports slack/', 'adapters-are-leaves', { 'console/run2.ts': "import { bot } from '../slack/bot.ts';\nexport const x = bot;\n" }],
    ['workflow/ imports config.ts', 'core-imports-no-adapter', { 'workflow/flow.ts': "import { config } from '../config.ts';\nexport const flow = config;\n" }],
    ['callflow/ imports store/', 'callflow-imports-no-project-folder', { 'callflow/model.ts': "import { store } from '../store/store.ts';\nexport const model = store;\n" }],
    ['language/ uses callflow/ code', 'language-uses-no-callflow-code', { 'language/parse.ts': "import { model } from '../callflow/model.ts';\nexport const parse = model;\n" }],
    ['callflow/ reads a file', 'pure-core-does-no-io', { 'callflow/model.ts': "import { readFileSync } from 'node:fs';\nexport const model = readFileSync;\n" }],
    ['app/ imports the emulator statically', 'app-loads-emulator-lazily', { 'app/cli.ts': "import { emulator } from '../emulator/emulator.ts';\nexport const cli = emulator;\n" }],
    ['config.ts imports the workflow', 'config-is-a-leaf', { 'config.ts': "import { flow } from './workflow/flow.ts';\nexport const config = flow;\n" }],
    ['calendar/ imports store/', 'calendar-writes-callflow-only', { 'calendar/ics.ts': "import { store } from '../store/store.ts';\nexport const ics = store;\n" }],
    ['workflow/ imports calendar/', 'calendar-is-served-by-slack-and-app', { 'calendar/ics.ts': "import { model } from '../callflow/model.ts';\nexport const ics = model;\n", 'workflow/flow.ts': "import { ics } from '../calendar/ics.ts';\nexport const flow = ics;\n" }],
    ['week/ imports store/', 'week-draws-callflow-only', { 'week/draw.ts': "import { store } from '../store/store.ts';\nexport const draw = store;\n" }],
    ['metrics/ imports store/', 'metrics-is-a-leaf', { 'metrics/metrics.ts': "import { store } from '../store/store.ts';\nexport const metrics = store;\n" }],
    ['slack/ imports metrics/', 'only-app-imports-metrics', { 'metrics/metrics.ts': 'export const metrics = 1;\n', 'slack/bot.ts': "import { metrics } from '../metrics/metrics.ts';\nexport const bot = metrics;\n" }],
    ['store/ imports week/', 'week-is-drawn-above-the-gateway', { 'week/draw.ts': "import { model } from '../callflow/model.ts';\nexport const draw = model;\n", 'store/store.ts': "import { draw } from '../week/draw.ts';\nexport const store = draw;\n" }],
  ];
  const wellLayered: Record<string, string> = {
    'config.ts': 'export const config = 1;\n',
    'store/store.ts': 'export const store = 1;\n',
    'callflow/model.ts': 'export const model = 1;\nexport type Model = number;\n',
    'language/parse.ts': "import type { Model } from '../callflow/model.ts';\nexport const parse: Model = 1;\n",
    'workflow/flow.ts': "import { store } from '../store/store.ts';\nexport const flow = store;\n",
    'console/run.ts': "import { flow } from '../workflow/flow.ts';\nexport const run = flow;\n",
    'slack/bot.ts': "import { flow } from '../workflow/flow.ts';\nexport const bot = flow;\n",
    'emulator/emulator.ts': "import { model } from '../callflow/model.ts';\nexport const emulator = model;\n",
    'app/cli.ts': "import { bot } from '../slack/bot.ts';\nimport { run } from '../console/run.ts';\nimport { config } from '../config.ts';\nexport const cli = async () => [bot, run, config, await import('../emulator/emulator.ts')];\n",
  };

  let wellLayeredTree = '';
  beforeAll(() => {
    wellLayeredTree = writeTree(wellLayered);
    trees.push(wellLayeredTree);
  });

  it('pass on a small well-layered tree, the base of the breaches below', async () => {
    expect(await violationsIn(wellLayeredTree)).toEqual([]);
  });

  it.each(breaches)('catch %s (%s)', async (_breach, rule, change) => {
    const tree = writeTree({ ...wellLayered, ...change });
    trees.push(tree);
    expect(await violationsIn(tree)).toContain(rule);
  });
});
