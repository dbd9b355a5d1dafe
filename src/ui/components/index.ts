export { default as FileDrop } from './FileDrop.svelte';
export { default as FilePicker } from './FilePicker.svelte';
export { default as SegmentedControl } from './SegmentedControl.svelte';
export { default as SelectField } from './SelectField.svelte';
