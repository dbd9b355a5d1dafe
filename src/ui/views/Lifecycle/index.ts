export { default as LifecycleView } from './LifecycleView.svelte';
