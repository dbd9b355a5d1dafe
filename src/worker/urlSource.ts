import type { ByteSource } from '../import/index.ts';
import { readStream } from './readStream.ts';

export type Fetch = (url: string, init: { readonly signal?: AbortSignal }) => Promise<Response>;

/**
 * A same-origin file fetched over HTTP as a ByteSource. The first `open()` streams the body
 * of the response already received (its Content-Length gives the size for progress); later
 * opens fetch again, which the HTTP cache answers.
 */
export async function urlSource(url: string, fetchFile: Fetch, signal?: AbortSignal): Promise<ByteSource> {
  const get = () => fetchOk(url, fetchFile, signal);
  let pending: Response | null = await get();
  return {
    name: decodeURIComponent(new URL(url).pathname.split('/').pop() ?? url),
    size: bodySize(pending.headers),
    async *open() {
      const response = pending ?? (await get());
      pending = null;
      if (response.body === null) return;
      yield* readStream(response.body);
    },
  };
}

/** Bytes the body will yield, or 0 when unknown (a compressed transfer's length counts the wire bytes). */
function bodySize(headers: Headers): number {
  const length = Number(headers.get('content-length') ?? '');
  const encoded = (headers.get('content-encoding') ?? 'identity') !== 'identity';
  return Number.isFinite(length) && !encoded ? length : 0;
}

async function fetchOk(url: string, fetchFile: Fetch, signal: AbortSignal | undefined): Promise<Response> {
  const response = await fetchFile(url, { signal });
  // A missing demo file is a broken deployment, not bad input: let it surface as internal.
  if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status}`);
  return response;
}
