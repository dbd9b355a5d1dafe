/** A data set's default name: the file's name without its extension. */
export function datasetName(file: string): string {
  const name = file.replace(/\.[^.]{1,5}$/, '').trim();
  return name === '' ? file : name;
}
