import { summarize } from '../core/index.ts';
import { describeIssue } from '../i18n/index.ts';
import { ImportRefused, importFiles } from '../import/index.ts';
import type { ByteSource, ImportedFiles } from '../import/index.ts';
import { analysisJson } from './analysisJson.ts';
import { FileReadError } from './fileReadError.ts';
import { formatSummaryTable } from './formatSummaryTable.ts';
import type { AnalyzeCommand } from './parseArgs.ts';

/** Where the CLI writes: stdout for results, stderr for errors and warnings. */
export interface OutputSink {
  stdout(text: string): void;
  stderr(text: string): void;
}

/**
 * Imports the sources, summarizes, and writes the SPEC §3 JSON (with `--json`) or the table
 * to stdout. Returns the exit code: 0, or 1 with one sentence on stderr when a file is
 * refused or cannot be read. In JSON mode stdout holds the JSON object and nothing else, so
 * file warnings (undecodable bytes) go to stderr; the table lists them itself. Anything
 * else thrown is a bug and propagates.
 */
export async function runAnalyze(command: AnalyzeCommand, sources: readonly ByteSource[], out: OutputSink): Promise<number> {
  let imported: ImportedFiles;
  try {
    imported = await importFiles(sources, {
      encoding: command.encoding ?? undefined,
      overrides: command.overrides.size > 0 ? command.overrides : undefined,
    });
  } catch (error) {
    if (error instanceof ImportRefused || error instanceof FileReadError) {
      out.stderr(`${describeIssue(error.issue, 'en', 'cli')}\n`);
      return 1;
    }
    throw error;
  }
  const { dataset, reports } = imported;
  const result = analysisJson(summarize(dataset, { asOf: command.asOf, period: command.period }), reports);
  if (command.json) {
    out.stdout(`${JSON.stringify(result, null, 2)}\n`);
    for (const warning of reports.flatMap((r) => r.warnings ?? [])) out.stderr(`Warning: ${describeIssue(warning, 'en', 'cli')}\n`);
  } else {
    out.stdout(formatSummaryTable(result, reports));
  }
  return 0;
}
