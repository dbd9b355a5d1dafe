export { default as AllocationView } from './AllocationView.svelte';
