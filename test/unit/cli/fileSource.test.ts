import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { fileSource } from '../../../src/cli/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'tierscope-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('fileSource(path) reads the file in chunks, as plain Uint8Arrays, as often as opened', async () => {
  // 200 KB is more than one 64 KB read-stream chunk.
  const bytes = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 7) % 256);
  const path = join(dir, 'data.bin');
  writeFileSync(path, bytes);
  const opened = await fileSource(path);
  expect(opened.ok).toBe(true);
  if (!opened.ok) return;
  expect(opened.value.name).toBe(path);
  expect(opened.value.size).toBe(200_000);
  for (let pass = 0; pass < 2; pass++) {
    const chunks: Uint8Array[] = [];
    for await (const chunk of opened.value.open()) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((c) => Object.getPrototypeOf(c) === Uint8Array.prototype)).toBe(true);
    const joined = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let offset = 0;
    for (const c of chunks) {
      joined.set(c, offset);
      offset += c.length;
    }
    expect(joined).toEqual(bytes);
  }
});

test('fileSource(path) says fileNotFound for a missing path and fileIsDirectory for a folder', async () => {
  expect(await fileSource(join(dir, 'nope.csv'))).toEqual({ ok: false, issues: [{ code: 'fileNotFound', file: join(dir, 'nope.csv') }] });
  expect(await fileSource(dir)).toEqual({ ok: false, issues: [{ code: 'fileIsDirectory', file: dir }] });
});
