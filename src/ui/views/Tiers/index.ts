export { default as TiersView } from './TiersView.svelte';
export { moneyFormat } from './moneyFormat.ts';
