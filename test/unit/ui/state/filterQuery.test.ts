import { describe, expect, test } from 'vitest';
import { filterQueryString, parseFilterQuery } from '../../../../src/ui/state/filterQuery.ts';

describe('parseFilterQuery(hash)', () => {
  test('reads period, as-of and repeated dimension values (URL-encoded)', () => {
    const hash = '#/concentration?period=all&asOf=2025-06-30&region=%E5%8D%8E%E4%B8%9C&region=%E5%8D%8E%E5%8C%97&owner=Li+Na';
    expect(parseFilterQuery(hash)).toEqual({
      period: 'all',
      asOf: '2025-06-30',
      filters: { region: ['华东', '华北'], owner: ['Li Na'] },
    });
  });

  test('defaults and ignores what it cannot use', () => {
    expect(parseFilterQuery('#/overview')).toEqual({ period: 'ttm', asOf: null, filters: {} });
    // 2025-02-30 is no day; "weekly" no period; color no dimension; a repeated value counts once; '' = unknown.
    expect(parseFilterQuery('#/risk?period=weekly&asOf=2025-02-30&color=red&segment=SMB&segment=SMB&industry=')).toEqual({
      period: 'ttm',
      asOf: null,
      filters: { segment: ['SMB'], industry: [''] },
    });
  });
});

describe('filterQueryString(query)', () => {
  test('is empty for the defaults and round-trips through parseFilterQuery', () => {
    expect(filterQueryString({ period: 'ttm', asOf: null, filters: {} })).toBe('');
    const query = { period: 'all' as const, asOf: '2024-12-31', filters: { region: ['华东', 'a&b'], owner: ['=x'] } };
    const text = filterQueryString(query);
    expect(text).toBe('?period=all&asOf=2024-12-31&region=%E5%8D%8E%E4%B8%9C&region=a%26b&owner=%3Dx');
    expect(parseFilterQuery(`#/tiers${text}`)).toEqual(query);
  });
});
