// Preloaded with `node --import` by test/app/emulator-off-the-production-path.test.ts: appends every
// module the process resolves, ESM or CommonJS (require.resolve included), to
// $SWITCHBOARD_LOADED_MODULES_FILE, one path or URL a line. Synchronous appends, so nothing is lost
// when the process exits.
import { appendFileSync } from 'node:fs';
import Module, { register } from 'node:module';

const file = process.env.SWITCHBOARD_LOADED_MODULES_FILE;
if (file === undefined) throw new Error('record-loaded-modules.mjs needs SWITCHBOARD_LOADED_MODULES_FILE');
register('./record-loaded-modules-hooks.mjs', import.meta.url, { data: { file } });
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function recordResolvedFilename(...args) {
  const resolved = resolveFilename.apply(this, args);
  appendFileSync(file, `${resolved}\n`);
  return resolved;
};
