import type { Remote } from 'comlink';
import type { Failure, ImportSettings, ImportTarget, ImportWorkerApi, PendingFile } from '../../worker/index.ts';
import { DraftFile } from './draftFile.svelte.ts';
import { datasetName } from './datasetName.ts';

export type TargetMode = ImportTarget['mode'];

/**
 * The mapping step: the files picked or dropped, each with the settings the user shapes,
 * and where the import goes (a new data set or one to append to) in which currency.
 */
export class ImportDraft {
  readonly files: readonly DraftFile[];
  /** Index of the file whose panel is shown. */
  selected = $state(0);
  mode: TargetMode = $state('new');
  /** Name of the new data set. */
  name = $state('');
  /** Data set to append to. */
  appendTo = $state('');
  /** ISO 4217 code of the amounts, or null for plain numbers. */
  currency: string | null = $state(null);

  constructor(pending: readonly PendingFile[], importer: Remote<ImportWorkerApi>, fail: (failure: Failure) => void) {
    this.files = pending.map((file) => new DraftFile(file, importer, fail));
    this.name = datasetName(pending[0]?.inspection.file ?? '');
    this.currency = pending.find((file) => file.currency !== null)?.currency ?? null;
  }

  /** True when every file is mapped well enough and the target is chosen. */
  get ready(): boolean {
    const target = this.mode === 'new' ? this.name.trim() !== '' : this.appendTo !== '';
    return target && this.files.length > 0 && this.files.every((file) => file.complete);
  }

  /** The confirmed settings, one per file in the order given to `inspect`. */
  settings(): ImportSettings[] {
    return this.files.map((file) => $state.snapshot(file.settings) as ImportSettings);
  }

  target(): ImportTarget {
    return this.mode === 'new' ? { mode: 'new', name: this.name.trim() } : { mode: 'append', datasetId: this.appendTo };
  }

  /** Fetches the preview values of every file. */
  loadSamples(): Promise<void> {
    return Promise.all(this.files.map((file) => file.loadSamples())).then(() => {});
  }
}
