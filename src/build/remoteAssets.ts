/**
 * Pictures and videos a deck names on other hosts, fetched at build time into the built site
 * (`remote/<sha256-prefix>.<ext>`), so the page asks no other host. Each request has a timeout,
 * all run at once under one overall bound, each file has a size cap, and only what is really a
 * picture or a video (by its bytes, not only its content type) is kept. `STACK_TOUR_OFFLINE=1`
 * skips the network: every address is then "not fetched", and the parser puts a placeholder in.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DeckFiles } from '../parser/parseDeck.ts';
import { fetchableUrl } from '../parser/remotePictures.ts';
import { contentType } from './mimeTypes.ts';
import { sniffMedia } from './remoteSniff.ts';

export { remoteUrlsIn, deckRemoteUrls } from './remoteUrls.ts';

export const REMOTE_DIR = 'remote';
export const MAX_REMOTE_BYTES = 5 * 1024 * 1024;

export interface RemoteFile {
  url: string;
  /** Site-relative: `remote/1f2e….png`. */
  path: string;
  bytes: Uint8Array;
  contentType: string;
}

type Outcome = { file: RemoteFile } | { problem: string };

export interface PrefetchOptions {
  /** Default: `STACK_TOUR_OFFLINE=1`. */
  offline?: boolean;
  requestTimeoutMs?: number;
  totalTimeoutMs?: number;
  maxBytes?: number;
  /** Where copies are kept between runs; false for none. Default: node_modules/.cache/stack-tour/remote. */
  cacheDir?: string | false;
}

/** What the parser asks (RemoteHooks), and the files the site serves. */
export interface RemoteAssets {
  remote(url: string): string | undefined;
  remoteProblem(url: string): string | undefined;
  files: RemoteFile[];
  /** `files` with the copies counted as the deck's own (a fetched background is checked like one). */
  withCopies(files: DeckFiles): DeckFiles;
}

/** Every copy this process fetched, by path: the Vite plugin serves and emits them from here. */
const fetchedByPath = new Map<string, RemoteFile>();
/** Outcomes by URL, so a dev reload does not ask again; a failure is asked again after a while. */
const outcomes = new Map<string, { at: number; outcome: Promise<Outcome> }>();
const RETRY_FAILED_MS = 30_000;

export function remoteFile(path: string): RemoteFile | undefined {
  return fetchedByPath.get(path.replace(/^\.?\//, ''));
}

/** The copies a deck's HTML points at (`remote/…` anywhere in its slides, options or page). */
export function remoteFilesOf(deck: unknown): RemoteFile[] {
  const paths = JSON.stringify(deck).match(/\bremote\/[0-9a-f]{16}\.[a-z0-9]+/g) ?? [];
  return [...new Set(paths)].flatMap((p) => fetchedByPath.get(p) ?? []);
}

function pathOf(url: string, ext: string): string {
  return `${REMOTE_DIR}/${createHash('sha256').update(url).digest('hex').slice(0, 16)}.${ext}`;
}

function defaultCacheDir(): string {
  return resolve(process.cwd(), 'node_modules/.cache/stack-tour/remote');
}

function fromCache(dir: string, url: string): RemoteFile | undefined {
  const stem = pathOf(url, '').slice(REMOTE_DIR.length + 1);
  try {
    const name = readdirSync(dir).find((n) => n.startsWith(stem));
    if (!name) return undefined;
    const ext = name.slice(stem.length);
    return {
      url,
      path: pathOf(url, ext),
      bytes: readFileSync(join(dir, name)),
      contentType: contentType(`.${ext}`),
    };
  } catch {
    return undefined;
  }
}

function toCache(dir: string, file: RemoteFile): void {
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, file.path.slice(REMOTE_DIR.length + 1)), file.bytes);
  } catch {
    // A cache that cannot be written only costs a fetch next time.
  }
}

/** The body, or undefined once it passes `max` bytes (the rest is not read). */
async function readCapped(response: Response, max: number): Promise<Uint8Array | undefined> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function problemOf(
  error: unknown,
  signal: AbortSignal,
  overall: AbortSignal,
  options: Required<PrefetchOptions>,
): string {
  if (overall.aborted) return `the build waits ${options.totalTimeoutMs / 1000} s for all remote pictures`;
  if (signal.aborted) return `timed out after ${options.requestTimeoutMs / 1000} s`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return `offline? ${cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error))}`;
}

async function fetchOne(
  url: string,
  overall: AbortSignal,
  options: Required<PrefetchOptions>,
): Promise<Outcome> {
  const signal = AbortSignal.any([AbortSignal.timeout(options.requestTimeoutMs), overall]);
  const mb =
    options.maxBytes >= 1024 * 1024
      ? `${options.maxBytes / 1024 / 1024} MB`
      : `${options.maxBytes / 1024} KB`;
  try {
    const response = await fetch(url, {
      signal,
      redirect: 'follow',
      headers: { accept: 'image/*,video/*;q=0.9,*/*;q=0.1' },
    });
    if (!response.ok) {
      await response.body?.cancel();
      return { problem: `HTTP ${response.status}` };
    }
    if (Number(response.headers.get('content-length') ?? 0) > options.maxBytes) {
      await response.body?.cancel();
      return { problem: `larger than ${mb}` };
    }
    const bytes = await readCapped(response, options.maxBytes);
    if (!bytes) return { problem: `larger than ${mb}` };
    const declared = response.headers.get('content-type') ?? '';
    const media = sniffMedia(bytes, declared);
    if ('problem' in media) return media;
    return { file: { url, path: pathOf(url, media.ext), bytes, contentType: contentType(`.${media.ext}`) } };
  } catch (error) {
    return { problem: problemOf(error, signal, overall, options) };
  }
}

/** Fetches every address (deduplicated, http(s) only) and answers the parser's questions about them. */
export async function prefetchRemoteAssets(
  urls: Iterable<string>,
  given: PrefetchOptions = {},
): Promise<RemoteAssets> {
  const options: Required<PrefetchOptions> = {
    offline: given.offline ?? process.env.STACK_TOUR_OFFLINE === '1',
    requestTimeoutMs: given.requestTimeoutMs ?? 4000,
    totalTimeoutMs: given.totalTimeoutMs ?? 6000,
    maxBytes: given.maxBytes ?? MAX_REMOTE_BYTES,
    cacheDir: given.cacheDir ?? defaultCacheDir(),
  };
  const wanted = [...new Set([...urls].flatMap((u) => fetchableUrl(u) ?? []))];
  const results = new Map<string, Outcome>();
  if (options.offline) {
    for (const url of wanted) results.set(url, { problem: 'offline: STACK_TOUR_OFFLINE=1' });
  } else {
    const overall = AbortSignal.timeout(options.totalTimeoutMs);
    const now = Date.now();
    await Promise.all(
      wanted.map(async (url) => {
        let entry = outcomes.get(url);
        if (!entry || (now - entry.at > RETRY_FAILED_MS && 'problem' in (await entry.outcome))) {
          const cached = options.cacheDir ? fromCache(options.cacheDir, url) : undefined;
          const fetched = cached
            ? Promise.resolve<Outcome>({ file: cached })
            : fetchOne(url, overall, options).then((o) => {
                if ('file' in o && options.cacheDir) toCache(options.cacheDir, o.file);
                return o;
              });
          entry = { at: now, outcome: fetched };
          outcomes.set(url, entry);
        }
        const outcome = await entry.outcome;
        results.set(url, outcome);
        if ('file' in outcome) fetchedByPath.set(outcome.file.path, outcome.file);
      }),
    );
  }
  const answer = (url: string): Outcome | undefined => {
    const key = fetchableUrl(url);
    return key === undefined ? undefined : results.get(key);
  };
  const files = [...results.values()].flatMap((o) => ('file' in o ? [o.file] : []));
  const paths = new Set(files.map((f) => f.path));
  return {
    remote: (url) => {
      const outcome = answer(url);
      return outcome && 'file' in outcome ? outcome.file.path : undefined;
    },
    remoteProblem: (url) => {
      const outcome = answer(url);
      return outcome && 'problem' in outcome ? outcome.problem : undefined;
    },
    files,
    withCopies: (deckFiles) => ({ ...deckFiles, exists: (p) => paths.has(p) || deckFiles.exists(p) }),
  };
}

/** Forgets every outcome (tests). */
export function forgetRemoteAssets(): void {
  outcomes.clear();
  fetchedByPath.clear();
}
