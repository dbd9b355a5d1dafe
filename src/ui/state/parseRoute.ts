/** Views reachable by URL hash (SPEC §4). */
export const ROUTES = ['overview', 'concentration', 'tiers', 'lifecycle', 'risk', 'allocation', 'customers', 'import', 'settings'] as const;
export type Route = (typeof ROUTES)[number];

/** The view a location hash names (`#/overview`), or null for an empty or unknown hash. */
export function parseRoute(hash: string): Route | null {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : null;
}
