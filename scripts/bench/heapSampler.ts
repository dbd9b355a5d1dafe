import { CdpConnection } from './cdpConnection.ts';

/** One isolate's heap as Runtime.getHeapUsage reports it. */
interface IsolateHeap {
  readonly used: number;
  /** ArrayBuffer backing stores (typed-array columns live there, off the V8 heap). */
  readonly backing: number;
}

/** The largest sum seen in a phase, over the page and every worker of the app. */
export interface HeapPeak {
  /** JS heap used + ArrayBuffer backing stores, summed over the isolates alive at that moment. */
  readonly bytes: number;
  readonly jsHeap: number;
  readonly arrayBuffers: number;
  readonly isolates: number;
}

interface TargetInfo {
  readonly targetId: string;
  readonly type: string;
  readonly url: string;
}

const SAMPLE_EVERY_MS = 100;

/**
 * Polls the JS heap of the app's page and of each of its workers (separate isolates) through
 * the browser's DevTools endpoint, and keeps the peak of their sum per phase the caller names.
 * An isolate too busy to answer one poll counts with its last answer.
 */
export class HeapSampler {
  readonly #cdp: CdpConnection;
  readonly #origin: string;
  /** sessionId → last heap of that isolate (null before its first answer). */
  readonly #sessions = new Map<string, IsolateHeap | null>();
  readonly #attached = new Set<string>();
  readonly #peaks = new Map<string, HeapPeak>();
  #phase: string | null = null;
  #running = true;
  readonly #loop: Promise<void>;

  private constructor(cdp: CdpConnection, origin: string) {
    this.#cdp = cdp;
    this.#origin = origin;
    cdp.on('Target.targetCreated', (params) => this.#consider(params.targetInfo as TargetInfo));
    cdp.on('Target.targetInfoChanged', (params) => this.#consider(params.targetInfo as TargetInfo));
    cdp.on('Target.detachedFromTarget', (params) => {
      this.#sessions.delete(params.sessionId as string);
      this.#attached.delete(params.targetId as string);
    });
    this.#loop = this.#sample();
  }

  /** Starts sampling every page and worker whose URL is under `origin`. */
  static async start(cdpUrl: string, origin: string): Promise<HeapSampler> {
    const cdp = await CdpConnection.open(cdpUrl);
    const sampler = new HeapSampler(cdp, origin);
    await cdp.send('Target.setDiscoverTargets', { discover: true });
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    for (const info of targetInfos) sampler.#consider(info);
    return sampler;
  }

  /** Samples from now on count towards `phase` (null: towards none). */
  setPhase(phase: string | null): void {
    this.#phase = phase;
  }

  peak(phase: string): HeapPeak | null {
    return this.#peaks.get(phase) ?? null;
  }

  async stop(): Promise<void> {
    this.#running = false;
    await this.#loop;
    this.#cdp.close();
  }

  #consider(info: TargetInfo): void {
    if (!['page', 'worker'].includes(info.type) || !info.url.startsWith(this.#origin) || this.#attached.has(info.targetId)) return;
    this.#attached.add(info.targetId);
    this.#cdp.send('Target.attachToTarget', { targetId: info.targetId, flatten: true }).then(
      ({ sessionId }) => void this.#sessions.set(sessionId as string, null),
      () => this.#attached.delete(info.targetId),
    );
  }

  async #sample(): Promise<void> {
    while (this.#running) {
      const started = Date.now();
      await Promise.all(
        [...this.#sessions.keys()].map((sessionId) =>
          this.#cdp.send('Runtime.getHeapUsage', {}, sessionId, 2_000).then(
            (usage) => {
              if (this.#sessions.has(sessionId)) this.#sessions.set(sessionId, { used: usage.usedSize as number, backing: (usage.backingStorageSize as number) ?? 0 });
            },
            () => undefined,
          ),
        ),
      );
      this.#record();
      await new Promise((wake) => setTimeout(wake, Math.max(0, SAMPLE_EVERY_MS - (Date.now() - started))));
    }
  }

  #record(): void {
    if (this.#phase === null) return;
    let jsHeap = 0;
    let arrayBuffers = 0;
    let isolates = 0;
    for (const heap of this.#sessions.values()) {
      if (heap === null) continue;
      jsHeap += heap.used;
      arrayBuffers += heap.backing;
      isolates++;
    }
    const bytes = jsHeap + arrayBuffers;
    if (bytes > (this.#peaks.get(this.#phase)?.bytes ?? -1)) this.#peaks.set(this.#phase, { bytes, jsHeap, arrayBuffers, isolates });
  }
}
