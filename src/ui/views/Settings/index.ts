export { default as SettingsView } from './SettingsView.svelte';
