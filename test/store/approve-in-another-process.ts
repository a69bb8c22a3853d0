/**
 * Run as its own process by the cross-process approval test. Opens the database at argv[2],
 * prints "ready", waits for a line on stdin so every process fires at once, then sends argv[5]
 * concurrent approvals of request argv[3] at version argv[4] (required 1) and prints how many won
 * as one JSON line.
 */
import { once } from 'node:events';
import { createStores, openDatabase } from '../../src/store/index.ts';
import { TEST_AUDIT_KEY } from '../support/test-audit-key.ts';

const [url, requestId, version, count, prefix] = process.argv.slice(2);
const opened = await openDatabase({ url, dataDir: '.' });
const { requests } = createStores(opened, { auditKey: TEST_AUDIT_KEY });
console.log('ready');
await once(process.stdin, 'data');
const results = await Promise.all(
  Array.from({ length: Number(count) }, (_, index) =>
    requests.addApproval(Number(requestId), Number(version), `${prefix}-${index}`, '2025-03-14T18:00:00.000Z', 1),
  ),
);
await opened.close();
const ok = results.filter((result) => result.ok).length;
console.log(JSON.stringify({ ok, conflicts: results.length - ok }));
process.stdin.destroy();
