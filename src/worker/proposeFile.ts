import { headerSignature, importSettings } from '../import/index.ts';
import type { FileInspection } from '../import/index.ts';
import type { MappingRepository } from '../db/index.ts';
import type { PendingFile } from './contracts.ts';
import { guessCurrency } from './guessCurrency.ts';
import { recallSettings } from './rememberedSettings.ts';

/**
 * A pending file for the mapping step: the settings remembered for the same headers when
 * the user confirmed them before (encoding, delimiter and header row still from this
 * file's inspection), else the inspection's own.
 */
export async function proposeFile(index: number, inspection: FileInspection, mappings: MappingRepository): Promise<PendingFile> {
  const fresh = importSettings(inspection);
  const remembered =
    inspection.headers.length === 0 ? null : recallSettings(await mappings.recall(headerSignature(inspection.headers)), inspection.headers);
  return {
    index,
    inspection,
    proposed: remembered === null ? fresh : { ...fresh, ...remembered },
    remembered: remembered !== null,
    currency: guessCurrency(inspection),
  };
}
