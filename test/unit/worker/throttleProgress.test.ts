import { describe, expect, test } from 'vitest';
import type { ImportProgress } from '../../../src/import/types.ts';
import { throttleProgress } from '../../../src/worker/throttleProgress.ts';

const at = (rows: number): ImportProgress => ({ file: 'a.csv', bytesRead: rows * 10, bytesTotal: 1000, rows });

describe('throttleProgress(onProgress, intervalMs, now)', () => {
  test('passes the first report and then one per interval', () => {
    const seen: number[] = [];
    let clock = 0;
    const report = throttleProgress((p) => seen.push(p.rows), 100, () => clock)!;
    // Times 0, 50, 99, 100, 150, 250: the 100 ms gaps from the last forwarded report are 0→100→250.
    for (const [time, rows] of [[0, 1], [50, 2], [99, 3], [100, 4], [150, 5], [250, 6]]) {
      clock = time;
      report(at(rows));
    }
    expect(seen).toEqual([1, 4, 6]);
  });

  test('no listener, no wrapper', () => {
    expect(throttleProgress(undefined, 100)).toBeUndefined();
  });
});
