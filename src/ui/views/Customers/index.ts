export { default as CustomersView } from './CustomersView.svelte';
