import { describe, expect, test } from 'vitest';
import { GrowableColumn } from '../../../../src/import/build/index.ts';

describe('GrowableColumn', () => {
  test('grows past its capacity and keeps every value', () => {
    const column = new GrowableColumn(Int32Array, 2);
    for (let i = 0; i < 100; i++) column.push(i * 3);
    expect(column.length).toBe(100);
    const values = column.toArray();
    expect(values).toBeInstanceOf(Int32Array);
    expect(values.length).toBe(100);
    expect(values[99]).toBe(297);
  });

  test('toArray is a trimmed copy; view shares the buffer', () => {
    const column = new GrowableColumn(Float64Array, 8);
    column.push(1.5);
    column.push(-2);
    const copy = column.toArray();
    expect([...copy]).toEqual([1.5, -2]);
    expect(copy.buffer.byteLength).toBe(16);
    expect([...column.view()]).toEqual([1.5, -2]);
  });

  test('truncate forgets the values from the given length on', () => {
    const column = new GrowableColumn(Int32Array, 4);
    [1, 2, 3, 4, 5].forEach((v) => column.push(v));
    column.truncate(2);
    column.push(9);
    expect([...column.toArray()]).toEqual([1, 2, 9]);
    column.truncate(10);
    expect(column.length).toBe(3);
  });
});
