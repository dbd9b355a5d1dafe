import { describe, expect, test } from 'vitest';
import { DateColumnReader, DateOrderFlip } from '../../../../src/import/validate/index.ts';
import { day } from '../memorySource.ts';

describe('DateColumnReader', () => {
  test('reads ambiguous dates in the order given and ISO dates as written', () => {
    const reader = new DateColumnReader('dmy', false, true);
    expect(reader.read('03/04/2024')).toBe(day('2024-04-03'));
    expect(reader.read('2024-03-05')).toBe(day('2024-03-05'));
    expect(reader.decidedByData).toBe(false);
  });

  test('a value only valid in the order in use confirms it', () => {
    const reader = new DateColumnReader('mdy', false, true);
    expect(reader.read('03/25/2024')).toBe(day('2024-03-25'));
    expect(reader.decidedByData).toBe(true);
  });

  test('a value only valid the other way, before any confirmation, asks to read the file again in that order', () => {
    const reader = new DateColumnReader('mdy', false, true);
    reader.read('03/04/2024');
    let thrown: unknown = null;
    try {
      reader.read('25/03/2024');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DateOrderFlip);
    expect((thrown as DateOrderFlip).order).toBe('dmy');
  });

  test('after a confirmation a contradicting value is a conflict, not a flip', () => {
    const reader = new DateColumnReader('dmy', false, true);
    expect(reader.read('25/03/2024')).toBe(day('2024-03-25'));
    expect(reader.read('03/25/2024')).toBe('dateOrderConflict');
    expect(reader.order).toBe('dmy');
  });

  test('when it may not flip (already flipped once), a contradicting value is a conflict', () => {
    expect(new DateColumnReader('mdy', false, false).read('25/03/2024')).toBe('dateOrderConflict');
  });

  test('unreadable text is badDate', () => {
    const reader = new DateColumnReader('mdy', false, true);
    expect(reader.read('not a date')).toBe('badDate');
    expect(reader.read('2024-02-30')).toBe('badDate');
  });

  test('observe takes the evidence of values that are not imported', () => {
    const reader = new DateColumnReader('dmy', false, true);
    reader.observe('');
    reader.observe('25/03/2024');
    expect(reader.decidedByData).toBe(true);
    expect(reader.read('03/25/2024')).toBe('dateOrderConflict');
    expect(() => new DateColumnReader('mdy', false, true).observe('25/03/2024')).toThrow(DateOrderFlip);
  });

  test('serial numbers are read only when the column is serial', () => {
    // Excel 1900 system: serial 45356 = 2024-03-05 (serial 1 = 1900-01-01, with Excel's fake 1900-02-29 counted).
    expect(new DateColumnReader('mdy', true, true).read('45356')).toBe(day('2024-03-05'));
    expect(new DateColumnReader('mdy', false, true).read('45356')).toBe('badDate');
  });
});
