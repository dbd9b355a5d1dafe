/**
 * CSV cases both readers must pass: the plain one over decoded text (CsvRecordReader) and the
 * byte-level one (ByteRecordReader), which may instead decline the shapes marked `declines`.
 */
import type { Delimiter } from '../../../../src/import/index.ts';

export interface CsvCase {
  readonly name: string;
  readonly text: string;
  readonly delimiter?: Delimiter;
  readonly records: readonly (readonly string[])[];
  /** The byte-level reader leaves this shape to the plain one. */
  readonly declines?: boolean;
}

export const TRICKY = 'id,name,note\r\n1,"Smith, John","said ""hi""\r\nthen left"\r\n2, padded ,\r\n\r\n3,"a""b",""\r\n';
export const TRICKY_RECORDS = [
  ['id', 'name', 'note'],
  ['1', 'Smith, John', 'said "hi"\r\nthen left'],
  ['2', 'padded', ''],
  [''],
  ['3', 'a"b', ''],
];

export const CSV_CASES: readonly CsvCase[] = [
  { name: 'quoted delimiters and line ends, "" escapes, trimmed cells, a blank line', text: TRICKY, records: TRICKY_RECORDS },
  { name: 'LF line ends', text: 'a,b\n1,2\n3,4', records: [['a', 'b'], ['1', '2'], ['3', '4']] },
  { name: 'CRLF line ends', text: 'a,b\r\n1,2\r\n3,4\r\n', records: [['a', 'b'], ['1', '2'], ['3', '4']] },
  { name: 'CR line ends', text: 'a,b\r1,2\r3,4\r', records: [['a', 'b'], ['1', '2'], ['3', '4']], declines: true },
  { name: 'a quoted last field before CRLF', text: '"a","b"\r\n"1","2"\r\n"3","4"', records: [['a', 'b'], ['1', '2'], ['3', '4']] },
  { name: 'a final newline adds no empty record', text: 'a\n1\n', records: [['a'], ['1']] },
  { name: 'blank lines, also at the end, are records of one empty cell', text: 'a\n\n1\n\n\n', records: [['a'], [''], ['1'], [''], ['']] },
  { name: 'a quote never closed runs to the end of the text', text: 'a,b\n1,"open\n2,3\n', records: [['a', 'b'], ['1', 'open\n2,3']], declines: true },
  { name: 'a quote inside an unquoted cell is text', text: 'a,b\nx"y,2\n', records: [['a', 'b'], ['x"y', '2']], declines: true },
  { name: 'spaces between a closing quote and the delimiter', text: 'a,b\n"x" ,2\n', records: [['a', 'b'], ['x', '2']], declines: true },
  { name: 'an empty quoted cell and a quoted quote', text: 'a,b,c\n"","""",x\n', records: [['a', 'b', 'c'], ['', '"', 'x']] },
  { name: 'a delimiter at the very end adds an empty cell', text: 'a,b\n1,', records: [['a', 'b'], ['1', '']] },
  { name: 'ragged records keep their own lengths', text: 'a,b\n1,2,3\n4\n', records: [['a', 'b'], ['1', '2', '3'], ['4']] },
  { name: 'a byte order mark is dropped', text: '\uFEFFa,b\n1,2\n', records: [['a', 'b'], ['1', '2']] },
  { name: 'Chinese text, NBSP and ideographic spaces are trimmed', text: '客户,金额\n\u00a0甲公司\u3000,"  1,5 "\n', records: [['客户', '金额'], ['甲公司', '1,5']] },
  { name: 'a CR inside a cell of an LF file stays', text: 'a,b\nx\ry,2\n', records: [['a', 'b'], ['x\ry', '2']] },
  { name: 'semicolons', text: 'a;b\n"1;5";2\n', delimiter: ';', records: [['a', 'b'], ['1;5', '2']] },
  { name: 'tabs', text: 'a\tb\n 1 \t2\n', delimiter: '\t', records: [['a', 'b'], ['1', '2']] },
  { name: 'pipes', text: 'a|b\n1|"x|y"\n', delimiter: '|', records: [['a', 'b'], ['1', 'x|y']] },
  { name: 'a CR-only file with a quoted CR', text: 'a;"x\ry";c\r1;2;3\r', delimiter: ';', records: [['a', 'x\ry', 'c'], ['1', '2', '3']], declines: true },
  { name: 'emoji and other four-byte characters', text: 'a,b\n😀,𠀀\n', records: [['a', 'b'], ['😀', '𠀀']] },
];
