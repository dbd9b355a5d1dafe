export { default as TiersView } from './TiersView.svelte';
