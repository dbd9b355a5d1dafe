import { withTimeout } from './withTimeout.ts';

type Listener = (params: Record<string, unknown>, sessionId: string | undefined) => void;

/**
 * A minimal Chrome DevTools Protocol client over the browser's WebSocket, in flat session
 * mode: commands to an attached target carry its sessionId. Playwright's own CDP sessions
 * cannot address worker targets, hence this one.
 */
export class CdpConnection {
  readonly #socket: WebSocket;
  readonly #pending = new Map<number, { done: (value: Record<string, unknown>) => void; fail: (error: Error) => void }>();
  readonly #listeners = new Map<string, Listener[]>();
  #nextId = 0;

  private constructor(socket: WebSocket) {
    this.#socket = socket;
    socket.addEventListener('message', (event) => this.#receive(String(event.data)));
    socket.addEventListener('close', () => {
      for (const { fail } of this.#pending.values()) fail(new Error('DevTools connection closed'));
      this.#pending.clear();
    });
  }

  static async open(url: string): Promise<CdpConnection> {
    if (typeof WebSocket !== 'function') throw new Error('This Node has no WebSocket: run the bench with `npm run bench` (it passes --experimental-websocket).');
    const socket = new WebSocket(url);
    await withTimeout(
      new Promise<void>((done, fail) => {
        socket.addEventListener('open', () => done(), { once: true });
        socket.addEventListener('error', () => fail(new Error(`Could not connect to ${url}`)), { once: true });
      }),
      15_000,
      'the DevTools connection',
    );
    return new CdpConnection(socket);
  }

  send(method: string, params: Record<string, unknown> = {}, sessionId?: string, timeoutMs = 5_000): Promise<Record<string, unknown>> {
    const id = ++this.#nextId;
    const reply = new Promise<Record<string, unknown>>((done, fail) => this.#pending.set(id, { done, fail }));
    this.#socket.send(JSON.stringify({ id, method, params, ...(sessionId === undefined ? {} : { sessionId }) }));
    return withTimeout(reply, timeoutMs, method).finally(() => this.#pending.delete(id));
  }

  on(method: string, listener: Listener): void {
    this.#listeners.set(method, [...(this.#listeners.get(method) ?? []), listener]);
  }

  close(): void {
    this.#socket.close();
  }

  #receive(text: string): void {
    const message = JSON.parse(text) as { id?: number; result?: Record<string, unknown>; error?: { message: string }; method?: string; params?: Record<string, unknown>; sessionId?: string };
    if (message.id !== undefined) {
      const waiter = this.#pending.get(message.id);
      if (message.error !== undefined) waiter?.fail(new Error(message.error.message));
      else waiter?.done(message.result ?? {});
    } else if (message.method !== undefined) {
      for (const listener of this.#listeners.get(message.method) ?? []) listener(message.params ?? {}, message.sessionId);
    }
  }
}
