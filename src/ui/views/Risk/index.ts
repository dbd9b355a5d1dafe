export { default as RiskView } from './RiskView.svelte';
