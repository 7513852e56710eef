import { consoleOutput } from './zafApp/report.ts';
import { runValidate } from './zafApp/validateCli.ts';

process.exitCode = await runValidate(process.argv.slice(2), consoleOutput);
