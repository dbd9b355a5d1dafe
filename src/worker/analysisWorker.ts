/**
 * Entry of the analysis worker: holds the open data set and computes results. Nothing to do
 * on 'datasets-changed' (the UI re-lists); the channel carries its own 'version-change'.
 */
import { expose } from 'comlink';
import { TierscopeDb } from '../db/index.ts';
import { createAnalysisWorkerApi } from './analysisWorkerApi.ts';
import { BROADCAST_CHANNEL } from './contracts.ts';
import { nextMessageTurn } from './nextMessageTurn.ts';
import { QueryTurns } from './queryTurns.ts';
import { DB_NAME, Store } from './store.ts';
import { skipSuperseded } from './supersededQueries.ts';

const channel = new BroadcastChannel(BROADCAST_CHANNEL);
// A built worker's URL carries the hash of its code; the development server's does not.
const build = import.meta.env.DEV ? null : import.meta.url;
const turns = new QueryTurns(nextMessageTurn());
expose(skipSuperseded(createAnalysisWorkerApi(new Store(new TierscopeDb(DB_NAME), channel), { build, turns }), turns));
