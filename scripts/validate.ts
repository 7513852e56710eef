import { consoleOutput } from './zafApp/report';
import { runValidate } from './zafApp/validateCli';

process.exitCode = await runValidate(process.argv.slice(2), consoleOutput);
