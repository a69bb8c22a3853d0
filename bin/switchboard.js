#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so `npx switchboard` works right after
// `npm install` with no build step (DESIGN.md, contract 1).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/console/cli.ts');
process.exitCode = await main(process.argv.slice(2));
