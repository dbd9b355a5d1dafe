import Papa from 'papaparse';
import type { PapaparseResult } from './referenceResults.ts';

/** PapaParse over the File in chunks (it reads with FileReaderSync in a worker), counting rows. */
export function papaparseParse(file: File): Promise<PapaparseResult> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    let rows = 0;
    let errors = 0;
    Papa.parse<string[]>(file, {
      skipEmptyLines: true,
      chunk: (results) => {
        rows += results.data.length;
        errors += results.errors.length;
      },
      complete: () => resolve({ parseMs: performance.now() - start, rows, errors }),
      error: (error) => reject(error),
    });
  });
}
