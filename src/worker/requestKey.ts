import type { ViewRequest } from '../core/index.ts';

/** The text that tells view requests apart: equal options and filters give equal keys. */
export const requestKey = ({ options, filters }: ViewRequest): string => JSON.stringify([options, filters]);
