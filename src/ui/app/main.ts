import { mount } from 'svelte';
import { matchLocale } from '../../i18n/index.ts';
import { AppState, FilterState, Prefs, Router, StorageState } from '../state/index.ts';
import type { TabChannel } from '../state/index.ts';
import type { BroadcastMessage, BROADCAST_CHANNEL } from '../../worker/index.ts';
import { createWorkerClients } from '../worker-client.ts';
import App from './App.svelte';
import './theme.css';

/** Name of the channel the workers and tabs share (contracts.ts; the literal type keeps the two equal). */
const CHANNEL: typeof BROADCAST_CHANNEL = 'tierscope';

const target = document.getElementById('app');
if (target === null) throw new Error('index.html has no #app element');

const app = new AppState({ connect: createWorkerClients, channel: tabChannel() });
const storage = new StorageState(typeof navigator.storage?.persist === 'function' ? navigator.storage : null);

const prefs = new Prefs(matchLocale(navigator.languages.length > 0 ? navigator.languages : [navigator.language]), localStore());
const filters = new FilterState(location.hash);
// The thresholds of Settings, remembered on this device, apply from the first analysis on.
filters.thresholds = prefs.thresholds ?? {};

mount(App, {
  target,
  props: {
    app,
    filters,
    prefs,
    router: new Router(location.hash),
    storage,
    appUrl: document.baseURI,
  },
});

void app.restore();
void storage.refresh();

/** The BroadcastChannel between this tab, its workers and the other tabs; null where there is none. */
function tabChannel(): TabChannel | null {
  if (typeof BroadcastChannel !== 'function') return null;
  const channel = new BroadcastChannel(CHANNEL);
  return {
    post: (message: BroadcastMessage) => channel.postMessage(message),
    listen: (handler) => channel.addEventListener('message', (event: MessageEvent<BroadcastMessage>) => handler(event.data)),
  };
}

/** localStorage, or null where the browser refuses it. */
function localStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
