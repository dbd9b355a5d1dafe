export { default as ConcentrationView } from './ConcentrationView.svelte';
