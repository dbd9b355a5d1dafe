import { mount } from 'svelte';
import { matchLocale } from '../../i18n/index.ts';
import { AppState, Prefs, Router } from '../state/index.ts';
import { createWorkerClient } from '../worker-client.ts';
import App from './App.svelte';
import './theme.css';

const target = document.getElementById('app');
if (target === null) throw new Error('index.html has no #app element');

mount(App, {
  target,
  props: {
    app: new AppState(createWorkerClient),
    prefs: new Prefs(matchLocale(navigator.languages.length > 0 ? navigator.languages : [navigator.language]), storage()),
    router: new Router(location.hash),
    appUrl: document.baseURI,
  },
});

/** localStorage, or null where the browser refuses it. */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
