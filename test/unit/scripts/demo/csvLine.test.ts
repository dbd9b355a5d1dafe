import { expect, test } from 'vitest';
import { csvLine } from '../../../../scripts/demo/index.ts';

test.each([
  { cells: ['a', 'b'], expected: 'a,b\n' },
  { cells: ['Carter, Reed & Co.', '1'], expected: '"Carter, Reed & Co.",1\n' },
  { cells: ['say "hi"'], expected: '"say ""hi"""\n' },
  { cells: ['上海华腾科技有限公司', ''], expected: '上海华腾科技有限公司,\n' },
])('csvLine($cells)', ({ cells, expected }) => {
  expect(csvLine(cells)).toBe(expected);
});
