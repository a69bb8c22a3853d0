// `npm run docs:week`: redraws docs/week.png, the README's picture of the demo company's week.
// It runs `switchboard run` as a user would, in a fresh temporary data folder with only PATH and
// HOME from the environment, so no real account, .env file or earlier demo change can leak in and
// the picture is the same on every machine (the fonts come from the dejavu-fonts-ttf package).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/switchboard.js', import.meta.url));
const picture = fileURLToPath(new URL('./week.png', import.meta.url));
// A Monday morning before Christmas: the week shows an ordinary day, a half day and a holiday.
const NOW = '2026-12-21T10:00';
const COMMANDS = [
  ['--yes', 'holidays US 2026'],
  ['--yes', 'route to voicemail on Dec 24 from 1pm to 5pm'],
  ['--png', picture, 'week'],
];

const dataDir = mkdtempSync(join(tmpdir(), 'switchboard-docs-week-'));
try {
  const env = { PATH: process.env.PATH ?? '', HOME: dataDir, SWITCHBOARD_DATA_DIR: dataDir, NO_COLOR: '1' };
  for (const args of COMMANDS) {
    execFileSync(process.execPath, [bin, 'run', '--now', NOW, ...args], { cwd: dataDir, env, stdio: ['ignore', 'inherit', 'inherit'] });
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
