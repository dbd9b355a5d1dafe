import { describe, expect, test } from 'vitest';
import { translate } from '../../../src/i18n/index.ts';
import type { MessageParams } from '../../../src/i18n/index.ts';

describe('translate(message, params)', () => {
  test.each([
    { message: 'Hello', params: undefined, expected: 'Hello' },
    { message: 'As of {date}', params: { date: '5 Mar 2024' }, expected: 'As of 5 Mar 2024' },
    { message: '{a} and {a}, {b}', params: { a: 1, b: 'x' }, expected: '1 and 1, x' },
    { message: 'left {missing} as is', params: { other: 1 }, expected: 'left {missing} as is' },
    { message: 'a {constructor} b', params: {}, expected: 'a {constructor} b' },
    { message: 'no {$&} tricks', params: { x: '$&' }, expected: 'no {$&} tricks' },
    { message: '{x}', params: { x: '$& and $1' }, expected: '$& and $1' },
  ] as { message: string; params?: MessageParams; expected: string }[])('$message with $params → $expected', ({ message, params, expected }) => {
    expect(translate(message, params)).toBe(expected);
  });
});
