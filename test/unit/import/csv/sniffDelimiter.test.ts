import { describe, expect, test } from 'vitest';
import { sniffDelimiter } from '../../../../src/import/csv/index.ts';

describe('sniffDelimiter(sampleText)', () => {
  test.each([
    { name: 'comma', text: 'Customer ID,Order Date,Amount\nC1,2024-03-05,12.5\nC2,2024-03-06,7\n', expected: ',' },
    {
      name: 'semicolon with decimal commas (a comma would split every amount in two)',
      text: 'Customer ID;Order Date;Amount\nC1;05.03.2024;1.234,50\nC2;06.03.2024;99,90\n',
      expected: ';',
    },
    { name: 'tab', text: 'Customer ID\tName\tAmount\nC1\tAcme, Inc.\t12\nC2\tBeta; GmbH\t7\n', expected: '\t' },
    { name: 'pipe', text: 'Customer ID|Order Date|Amount\nP1|2024-05-01|10\nP2|2024-05-02|"1,000"\n', expected: '|' },
    {
      name: 'commas inside quotes do not count',
      text: 'a;b;c\n"x, y, z";2;3\n"p, q";5;6\n',
      expected: ';',
    },
    {
      name: 'title lines above the header',
      text: '销售订单明细\n导出时间：2024-04-02\n客户编号,下单日期,订单金额\nK1,2024-03-05,1\nK2,2024-03-06,2\n',
      expected: ',',
    },
    { name: 'a single column reads as comma', text: 'Customer ID\nC1\nC2\n', expected: ',' },
    { name: 'CRLF line ends', text: 'a|b|c\r\n1|2|3\r\n4|5|6\r\n', expected: '|' },
  ])('$name', ({ text, expected }) => {
    expect(sniffDelimiter(text)).toBe(expected);
  });
});
