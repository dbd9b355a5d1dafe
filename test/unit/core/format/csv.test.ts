import { describe, expect, test } from 'vitest';
import { toCsv } from '../../../../src/core/format/index.ts';

describe('toCsv', () => {
  test('toCsv(rows) writes RFC 4180 lines ending in CRLF, quoting only where needed', () => {
    expect(toCsv([['file', 'row'], ['a.csv', 14]])).toBe('file,row\r\na.csv,14\r\n');
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', 'plain']])).toBe('"a,b","say ""hi""","two\nlines",plain\r\n');
  });

  test('toCsv([]) is the empty string', () => {
    expect(toCsv([])).toBe('');
  });

  test.each([
    { cell: '=HYPERLINK("http://x","y")', written: `"'=HYPERLINK(""http://x"",""y"")"` },
    { cell: '+1', written: "'+1" },
    { cell: '@x', written: "'@x" },
    { cell: '-x', written: "'-x" },
    { cell: '-1+2', written: "'-1+2" },
    { cell: '\tcmd', written: "'\tcmd" },
    { cell: '\rcmd', written: `"'\rcmd"` },
    { cell: '-12.5', written: '-12.5' },
    { cell: -12.5, written: '-12.5' },
    { cell: '-3', written: '-3' },
    { cell: 'a=b', written: 'a=b' },
    { cell: '', written: '' },
  ])('toCsv guards $cell against formula injection', ({ cell, written }) => {
    expect(toCsv([[cell]])).toBe(`${written}\r\n`);
  });
});
