/** `npm run admin -- <command>`: see run-cli.ts for the commands. */
import { runCli } from './run-cli';

process.exitCode = await runCli(process.argv.slice(2), { env: process.env, out: (line) => console.log(line) });
