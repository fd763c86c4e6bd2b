#!/usr/bin/env node
// The `sourcelight` command. The CLI is TypeScript; tsx (a dependency) runs it on Node 20 without a build step.
import { register } from 'tsx/esm/api';
register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2), process);
