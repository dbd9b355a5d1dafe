/**
 * A promise that settles in a task of its own, queued after the messages the worker has already
 * been sent (a message to itself, on the task source of posted messages; a timeout may run
 * sooner or later than them).
 */
export function nextMessageTurn(): () => Promise<void> {
  const { port1, port2 } = new MessageChannel();
  const waiting: (() => void)[] = [];
  port1.onmessage = () => waiting.shift()?.();
  return () =>
    new Promise((resolve) => {
      waiting.push(resolve);
      port2.postMessage(null);
    });
}
