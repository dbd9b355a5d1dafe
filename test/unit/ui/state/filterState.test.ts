import { describe, expect, test } from 'vitest';
import { FilterState } from '../../../../src/ui/state/filterState.svelte.ts';

describe('FilterState', () => {
  test('starts from the URL query and builds the request from it', () => {
    const state = new FilterState('#/concentration?period=all&asOf=2024-12-31&region=%E5%8D%8E%E4%B8%9C');
    expect(state.period).toBe('all');
    expect(state.filters).toEqual({ region: ['华东'] });
    // 2024-12-31 is day 20088 since 1970-01-01 (54 years, 13 of them leap: 54·365 + 13 + 365 − 1 = 20088).
    expect(state.request).toEqual({ options: { period: 'all', asOf: 20088 }, filters: { region: ['华东'] } });
    expect(state.active).toEqual([{ dimension: 'region', value: '华东' }]);
    expect(state.query).toBe('?period=all&asOf=2024-12-31&region=%E5%8D%8E%E4%B8%9C');
  });

  test('changes, sync and clear', () => {
    const state = new FilterState();
    expect(state.query).toBe('');
    state.setValues('owner', ['Li', 'Li', 'Wu']);
    state.setPeriod('all');
    expect(state.query).toBe('?period=all&owner=Li&owner=Wu');
    state.removeValue('owner', 'Li');
    expect(state.filters).toEqual({ owner: ['Wu'] });
    expect(state.sync('#/tiers?period=all&owner=Wu')).toBe(false);
    expect(state.sync('#/tiers?segment=SMB')).toBe(true);
    expect(state.filters).toEqual({ segment: ['SMB'] });
    expect(state.period).toBe('ttm');
    state.setAsOf('2025-02-30');
    expect(state.asOf).toBeNull();
    state.clear();
    expect(state.query).toBe('');
  });

  test('the landing request is the request of a view opened without a query, thresholds kept, to the same key', () => {
    const state = new FilterState('#/risk?period=all&asOf=2024-12-31&owner=Wu');
    state.thresholds = { majorCustomerShare: 0.2 };
    const landing = state.landingRequest();
    expect(landing).toEqual({ options: { majorCustomerShare: 0.2, period: 'ttm', asOf: null }, filters: {} });
    state.sync('#/overview');
    // The worker tells requests apart by their JSON (requestKey): the order of the keys counts too.
    expect(JSON.stringify(landing)).toBe(JSON.stringify(state.request));
  });
});
