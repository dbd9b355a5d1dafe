import { describe, expect, test } from 'vitest';
import { urlSource } from '../../../src/worker/urlSource.ts';
import type { Fetch } from '../../../src/worker/urlSource.ts';

const text = new TextEncoder().encode('id,amount\nA,1\n');

/** A fetch double that counts its calls and answers `status` with `headers`. */
function fakeFetch(status = 200, headers: Record<string, string> = { 'content-length': String(text.length) }) {
  const calls: string[] = [];
  const fetchFile: Fetch = async (url) => {
    calls.push(url);
    return new Response(status === 200 ? text : null, { status, headers });
  };
  return { calls, fetchFile };
}

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<string> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return new TextDecoder().decode(Buffer.concat(parts));
}

describe('urlSource(url, fetchFile)', () => {
  const url = 'http://localhost/demo/tierscope%20demo.csv';

  test('names the file after the URL and sizes it from Content-Length', async () => {
    const source = await urlSource(url, fakeFetch().fetchFile);
    expect(source.name).toBe('tierscope demo.csv');
    expect(source.size).toBe(text.length);
  });

  test('the first open reuses the response, later opens fetch again', async () => {
    const { calls, fetchFile } = fakeFetch();
    const source = await urlSource(url, fetchFile);
    expect(await collect(source.open())).toBe('id,amount\nA,1\n');
    expect(await collect(source.open())).toBe('id,amount\nA,1\n');
    expect(calls).toEqual([url, url]);
  });

  test('size is unknown (0) for a compressed transfer or without Content-Length', async () => {
    expect((await urlSource(url, fakeFetch(200, { 'content-length': '9', 'content-encoding': 'gzip' }).fetchFile)).size).toBe(0);
    expect((await urlSource(url, fakeFetch(200, {}).fetchFile)).size).toBe(0);
  });

  test('an HTTP error is an error, not an empty file', async () => {
    await expect(urlSource(url, fakeFetch(404).fetchFile)).rejects.toThrow('HTTP 404');
  });
});
