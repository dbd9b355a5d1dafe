export { default as FileDrop } from './FileDrop.svelte';
export { default as FilePicker } from './FilePicker.svelte';
export { default as SegmentedControl } from './SegmentedControl.svelte';
export { default as SelectField } from './SelectField.svelte';
export { default as VirtualTable } from './VirtualTable.svelte';
export { visibleRange } from './visibleRange.ts';
export type { VisibleRange, Viewport } from './visibleRange.ts';
export { scrollToReveal } from './scrollToReveal.ts';
export { default as MultiSelect } from './MultiSelect.svelte';
