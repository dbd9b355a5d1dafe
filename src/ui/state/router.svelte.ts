import { parseRoute } from './parseRoute.ts';
import type { Route } from './parseRoute.ts';

/** The current view, kept in the URL hash so views can be linked and reloaded. */
export class Router {
  route: Route = $state('overview');

  constructor(hash: string) {
    this.route = parseRoute(hash) ?? 'overview';
  }

  /** Follows a hash change (link, back button, typed URL). */
  sync(hash: string): void {
    this.route = parseRoute(hash) ?? 'overview';
  }

  static href(route: Route): string {
    return `#/${route}`;
  }
}
