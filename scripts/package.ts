import { fileURLToPath } from 'node:url';
import { runPackage } from './zafApp/packageCli';
import { consoleOutput } from './zafApp/report';

const root = fileURLToPath(new URL('..', import.meta.url));
process.exitCode = await runPackage({ root, argv: process.argv.slice(2), output: consoleOutput });
