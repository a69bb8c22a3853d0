import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../support/use-test-databases.ts';
import { newChangeRequest } from './change-request-fixture.ts';

const APPROVER_SCRIPT = fileURLToPath(new URL('./approve-in-another-process.ts', import.meta.url));

type Approver = ChildProcessByStdio<Writable, Readable, null>;

/** Starts an approver process and resolves once it has opened the database. */
async function startApprover(url: string, requestId: number, count: number, prefix: string): Promise<{ child: Approver; output: Promise<string> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', APPROVER_SCRIPT, url, String(requestId), '1', String(count), prefix], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => (stdout += chunk));
  const output = once(child, 'exit').then(([code]) => {
    if (code !== 0) throw new Error(`approver ${prefix} exited with ${String(code)}`);
    return stdout.split('\n').filter(Boolean).at(-1) ?? '';
  });
  while (!stdout.includes('ready')) await once(child.stdout, 'data');
  return { child, output };
}

/** Replicas are separate processes: on SQLite they share the file, on PostgreSQL the server. */
describeEachDatabase('change request approvals from several processes', (database) => {
  it('let exactly one of 50 approvals from 2 processes at the same version win', async () => {
    const request = await database().stores.requests.insert(newChangeRequest());
    const approvers = await Promise.all(['p0', 'p1'].map((prefix) => startApprover(database().url, request.id, 25, prefix)));

    for (const { child } of approvers) child.stdin.write('go\n');
    const counts = (await Promise.all(approvers.map(({ output }) => output))).map((line) => JSON.parse(line) as { ok: number; conflicts: number });

    expect(counts.reduce((sum, count) => sum + count.ok, 0)).toBe(1);
    expect(counts.reduce((sum, count) => sum + count.conflicts, 0)).toBe(49);
    expect(await database().stores.requests.get(request.id)).toMatchObject({ status: 'approved', version: 2 });
    expect(await database().stores.requests.approvals(request.id)).toHaveLength(1);
  });
});
