import type { ProgressCallback } from './contracts.ts';

/**
 * Forwards at most one progress report per `intervalMs`: each report is a message to the
 * UI thread, and the importer may report for every chunk. The first report always passes.
 */
export function throttleProgress(
  onProgress: ProgressCallback | undefined,
  intervalMs: number,
  now: () => number = () => performance.now(),
): ProgressCallback | undefined {
  if (onProgress === undefined) return undefined;
  let last = -Infinity;
  return (progress) => {
    const time = now();
    if (time - last < intervalMs) return;
    last = time;
    onProgress(progress);
  };
}
