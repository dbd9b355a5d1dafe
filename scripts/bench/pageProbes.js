/*
 * Installed in the app's page before any of its own scripts (Playwright addInitScript) on
 * every load; plain JavaScript because it is injected as text. It records, in the page's own
 * clock (performance.now(): ms since navigation start):
 *   - every main-thread long task (PerformanceObserver 'longtask', buffered);
 *   - marks of an import: the file input's `change`, the mapping step's confirm button shown
 *     and enabled, the confirm `click` (capture phase), and the Overview KPIs first shown;
 * and offers `measure(action, check)`: do something, then resolve once the DOM shows what
 * `check` asks for, timed to the frame after (the change painted). Checks and actions are
 * named here, so the bench passes only data across.
 */
(() => {
  const probes = { longTasks: [], marks: {} };
  window.__benchProbes = probes;

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probes.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  const $ = (selector) => document.querySelector(selector);
  const notBusy = (element) => element !== null && element.getAttribute('aria-busy') !== 'true';
  const value = (selector) => $(selector)?.getAttribute('data-value') ?? null;

  const CHECKS = {
    /** The Overview shows its KPIs for the current filters. */
    kpis: () => notBusy($('[data-testid="overview-view"]')) && (value('[data-testid="overview-view"] [data-metric="revenue"]') ?? '') !== '',
    mapping: () => {
      const button = $('[data-testid="import-confirm"]');
      return button !== null && !button.disabled;
    },
    /** A view shows a value of its probe metric other than `old` (and is not waiting for the worker). */
    changed: ({ view, metric, old }) => {
      const root = $(`[data-testid="${view}-view"]`);
      const shown = value(`[data-testid="${view}-view"] [data-metric="${metric}"]`);
      return notBusy(root) && shown !== null && shown !== '' && shown !== old;
    },
    /** Row `index` of a virtual table is rendered with its data (no placeholder). */
    rowLoaded: ({ table, index }) => {
      const row = $(`[data-testid="${table}"] [data-row="${index}"]`);
      return row !== null && row.querySelector('.placeholder') === null && row.textContent.trim() !== '';
    },
    tooltip: ({ view }) => $(`[data-testid="${view}-view"] .chart-tooltip`) !== null,
  };

  const ACTIONS = {
    hash: ({ hash }) => {
      location.hash = hash;
    },
    scroll: ({ table, top }) => {
      $(`[data-testid="${table}"]`).scrollTop = top;
    },
    key: ({ selector, key }) => {
      $(selector).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    },
    focus: ({ selector }) => {
      $(selector).focus();
    },
    none: () => {},
  };

  /** performance.now() just after the next frame is painted. */
  const afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );

  /** Resolves with { dom, painted } (performance.now()) once `CHECKS[name](args)` holds; rejects after `timeoutMs`. */
  const when = (name, args, timeoutMs) =>
    new Promise((resolve, reject) => {
      let observer = null;
      const timer = setTimeout(() => {
        observer?.disconnect();
        reject(new Error(`"${name}" did not hold within ${timeoutMs} ms (${JSON.stringify(args)})`));
      }, timeoutMs);
      const test = () => {
        if (!CHECKS[name](args)) return false;
        const dom = performance.now();
        observer?.disconnect();
        clearTimeout(timer);
        afterPaint().then((painted) => resolve({ dom, painted }));
        return true;
      };
      if (test()) return;
      observer = new MutationObserver(test);
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  probes.when = when;

  /** Runs ACTIONS[action](actionArgs), then times until CHECKS[check](checkArgs) holds: { start, dom, painted }. */
  probes.measure = async (action, actionArgs, check, checkArgs, timeoutMs) => {
    const start = performance.now();
    ACTIONS[action](actionArgs);
    const { dom, painted } = await when(check, checkArgs, timeoutMs);
    return { start, dom, painted };
  };

  // The import marks. Waiting a long time is fine: a mark that never comes is reported missing.
  const mark = (name, at) => {
    if (probes.marks[name] === undefined) probes.marks[name] = at;
  };
  document.addEventListener(
    'change',
    (event) => {
      if (!event.target.matches?.('[data-testid="import-file"]')) return;
      mark('change', performance.now());
      when('mapping', {}, 3_600_000).then(({ painted }) => mark('mappingShown', painted), () => {});
    },
    true,
  );
  document.addEventListener(
    'click',
    (event) => {
      if (event.target.closest?.('[data-testid="import-confirm"]')) mark('confirmClick', performance.now());
    },
    true,
  );
  when('kpis', {}, 3_600_000).then(({ painted }) => mark('kpisShown', painted), () => {});
})();
