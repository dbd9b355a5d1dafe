/**
 * `npm run -s analyze -- FILE [FILE...] --json …` (SPEC §3): wires the process (arguments,
 * files, streams, exit code) to runCli; everything else lives in testable modules.
 */
import { fileSource } from './fileSource.ts';
import { runCli } from './runCli.ts';

// A reader that stops early (`| head`) closes the pipe: finish quietly instead of crashing.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  openFile: fileSource,
  debug: process.env.TIERSCOPE_DEBUG === '1',
});
