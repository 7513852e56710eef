import { fileURLToPath } from 'node:url';
import { runPackage } from './zafApp/packageCli.ts';
import { consoleOutput } from './zafApp/report.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
process.exitCode = await runPackage({ root, argv: process.argv.slice(2), output: consoleOutput });
