#!/usr/bin/env node
// The `boardpack` command: everything happens in dist/cli.js (built from src/cli.ts).
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
