#!/usr/bin/env node
// `npx switchboard` right after `npm install`, with no build step (DESIGN.md, contract 1): see load-cli.js.
import { loadCli } from './load-cli.js';

const { main } = await loadCli();
process.exitCode = await main(process.argv.slice(2));
