import { describe, expect, test } from 'vitest';
import { progressRate } from '../../../../src/ui/state/progressRate.ts';

const base = { file: 'a.csv', time: 1_000, bytesRead: 0, rows: 0 };

describe('progressRate(progress, base, now)', () => {
  test('pace from the start of the file', () => {
    // 2 s after the start: 400 of 1000 bytes and 10,000 rows read → 5,000 rows/s;
    // 200 bytes/s, 600 bytes left → 3 s.
    const rate = progressRate({ file: 'a.csv', bytesRead: 400, bytesTotal: 1000, rows: 10_000 }, base, 3_000);
    expect(rate).toEqual({ fraction: 0.4, rowsPerSecond: 5_000, secondsLeft: 3 });
  });

  test('a later file counts from where its reading started', () => {
    // Started at 10 s with 100 bytes and 50 rows already reported; at 14 s: 500 bytes, 450 rows.
    // (450 − 50)/4 = 100 rows/s; (500 − 100)/4 = 100 bytes/s; 500 bytes left → 5 s.
    const rate = progressRate({ file: 'b.csv', bytesRead: 500, bytesTotal: 1000, rows: 450 }, { file: 'b.csv', time: 10_000, bytesRead: 100, rows: 50 }, 14_000);
    expect(rate).toEqual({ fraction: 0.5, rowsPerSecond: 100, secondsLeft: 5 });
  });

  test('no pace before time has passed; no fraction or time left for an unknown size', () => {
    expect(progressRate({ file: 'a.csv', bytesRead: 10, bytesTotal: 100, rows: 1 }, base, 1_000)).toEqual({ fraction: 0.1, rowsPerSecond: null, secondsLeft: null });
    expect(progressRate({ file: 'a.csv', bytesRead: 10, bytesTotal: 0, rows: 4 }, base, 3_000)).toEqual({ fraction: null, rowsPerSecond: 2, secondsLeft: null });
  });

  test('nothing read yet: no time left', () => {
    expect(progressRate({ file: 'a.csv', bytesRead: 0, bytesTotal: 100, rows: 0 }, base, 2_000).secondsLeft).toBeNull();
  });
});
