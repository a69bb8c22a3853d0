/**
 * `npm run bench`: every benchmark, one after the other, in one report (a text table, or JSON with
 * `--json`). Name benchmarks to run only those: `npm run bench -- scheduler api-calls`.
 * `--quick` runs each one once with few iterations and small sizes (what CI runs: `.ci/run`).
 * A benchmark that finds a wrong result (not a slow one) makes the run exit 1.
 */
import { apiCallsBench } from './api-calls-bench.ts';
import { formatReport, type BenchSection } from './bench-report.ts';
import { parseBench } from './parse-bench.ts';
import type { BenchOptions } from './bench-support.ts';
import { replicasBench } from './replicas-bench.ts';
import { schedulerBench } from './scheduler-bench.ts';
import { slackBench } from './slack-bench.ts';
import { startupBench } from './startup-bench.ts';
import { weekBench } from './week-bench.ts';
import { workflowBench } from './workflow-bench.ts';

const BENCHMARKS: ReadonlyArray<{ readonly name: string; readonly run: (options: BenchOptions) => Promise<BenchSection> }> = [
  { name: 'parse', run: parseBench },
  { name: 'workflow', run: workflowBench },
  { name: 'slack', run: slackBench },
  { name: 'scheduler', run: schedulerBench },
  { name: 'api-calls', run: apiCallsBench },
  { name: 'startup', run: startupBench },
  { name: 'week', run: weekBench },
  { name: 'replicas', run: replicasBench },
];

async function main(args: ReadonlyArray<string>): Promise<number> {
  const json = args.includes('--json');
  const options: BenchOptions = { quick: args.includes('--quick') };
  const names = args.filter((arg) => arg !== '--json' && arg !== '--quick');
  const unknown = names.filter((name) => !BENCHMARKS.some((bench) => bench.name === name));
  if (unknown.length > 0) {
    console.error(`unknown benchmark ${unknown.join(', ')}: choose from ${BENCHMARKS.map((bench) => bench.name).join(', ')}`);
    return 2;
  }
  const chosen = names.length === 0 ? BENCHMARKS : BENCHMARKS.filter((bench) => names.includes(bench.name));
  const sections: BenchSection[] = [];
  const failures: string[] = [];
  for (const bench of chosen) {
    if (!json) console.error(`running ${bench.name}${options.quick ? ' (quick)' : ''}…`);
    try {
      sections.push(await bench.run(options));
    } catch (error) {
      failures.push(`${bench.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (json) console.log(JSON.stringify({ sections, failures }, null, 2));
  else {
    console.log(formatReport(sections));
    for (const failure of failures) console.log(`FAILED ${failure}`);
  }
  return failures.length === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
