#!/usr/bin/env node
// The `boardpack` command: src/startup/ runs the command line (src/cli.ts) from its bundle, or from dist/ as built.
import { startCli } from '../dist/startup/index.js';

process.exitCode = await startCli(process.argv.slice(2));
