import type { Result } from '../core/index.ts';
import { describeIssue } from '../i18n/index.ts';
import type { ByteSource } from '../import/index.ts';
import { parseArgs } from './parseArgs.ts';
import { runAnalyze } from './runAnalyze.ts';
import type { OutputSink } from './runAnalyze.ts';
import { USAGE } from './usage.ts';

export interface CliIo extends OutputSink {
  /** Opens a path as a byte source, or says why it cannot (missing, folder, unreadable). */
  openFile(path: string): Promise<Result<ByteSource>>;
  /** Print stack traces of internal errors (TIERSCOPE_DEBUG=1). */
  readonly debug: boolean;
}

/** Exit codes of SPEC §3. */
export const EXIT = { ok: 0, badInput: 1, badUsage: 2 } as const;

/**
 * The whole command line: arguments → usage, or files → analysis. Returns the exit code.
 * Usage errors print one sentence and exit 2; missing or unusable files one sentence and
 * exit 1; an unexpected exception (a bug) prints "Internal error: …" and exits 1, with the
 * stack only in debug mode.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const parsed = parseArgs(argv);
    if (!parsed.ok) {
      io.stderr(`${describeIssue(parsed.issues[0], 'en', 'cli')}\n`);
      return EXIT.badUsage;
    }
    const command = parsed.value;
    if (command.kind === 'help') {
      io.stdout(USAGE);
      return EXIT.ok;
    }
    const sources: ByteSource[] = [];
    for (const file of command.files) {
      const opened = await io.openFile(file);
      if (!opened.ok) {
        io.stderr(`${describeIssue(opened.issues[0], 'en', 'cli')}\n`);
        return EXIT.badInput;
      }
      sources.push(opened.value);
    }
    return await runAnalyze(command, sources, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`Internal error: ${message.split('\n')[0]}\n`);
    if (io.debug && error instanceof Error && error.stack !== undefined) io.stderr(`${error.stack}\n`);
    return EXIT.badInput;
  }
}
