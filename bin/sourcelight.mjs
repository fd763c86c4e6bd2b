#!/usr/bin/env node
// The `sourcelight` command. The CLI is TypeScript; tsx (a dependency) runs it on Node 20 without a build step.
import { register } from 'tsx/esm/api';
register();
const { main } = await import('../cli/main.ts');
const code = await main(process.argv.slice(2), process);
// Exit now: a read given up on (a silent device) may still hold a thread-pool thread that would keep
// the process alive. Standard output and error are synchronous for files and pipes on POSIX.
process.exit(code);
