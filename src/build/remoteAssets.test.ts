import { createServer, type Server, type ServerResponse } from 'node:http';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OutputBundle } from 'rolldown';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDeck } from './loadDeck.ts';
import {
  deckRemoteUrls,
  forgetRemoteAssets,
  prefetchRemoteAssets,
  remoteFile,
  remoteFilesOf,
  remoteUrlsIn,
} from './remoteAssets.ts';
import { sniffMedia } from './remoteSniff.ts';
import { singleFileHtml } from './singleFile.ts';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const SVG = '<?xml version="1.0"?>\n<!-- drawn -->\n<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>';

describe('remoteUrlsIn', () => {
  it('finds pictures and media of every kind, and none in code', () => {
    const text = [
      '---?image=https://a.test/bg.png&size=cover',
      '#HSLIDE?color=#fff&video=//b.test/v.mp4',
      '![Alt](https://c.test/p.png "title") ![esc](https://c.test/a\\_b.png)',
      '![ref][logo]',
      '[logo]: https://d.test/logo.svg',
      '[page]: https://not-a-picture.test/',
      '<img class="x" src="https://e.test/i.png?a=1&amp;b=2"> <video poster=\'https://f.test/p.jpg\'><source src=https://g.test/s.webm></video>',
      '@img[shadow](https://h.test/i.gif)',
      '[drag=50, bg=https://i.test/grid.png 0.5]',
      '<div style="background: url(&quot;https://j.test/u.png&quot;)"></div>',
      '<!-- .slide: data-background-image="https://k.test/k.png" -->',
      '```html',
      '<img src="https://code.test/no.png">',
      '```',
      'Inline `![x](https://code.test/span.png)` code, and a [link](https://link.test/a.png).',
    ].join('\n');
    expect(remoteUrlsIn(text).sort()).toEqual([
      '//b.test/v.mp4',
      'https://a.test/bg.png',
      'https://c.test/a_b.png',
      'https://c.test/p.png',
      'https://d.test/logo.svg',
      'https://e.test/i.png?a=1&b=2',
      'https://f.test/p.jpg',
      'https://g.test/s.webm',
      'https://h.test/i.gif',
      'https://i.test/grid.png',
      'https://j.test/u.png',
      'https://k.test/k.png',
    ]);
  });

  it('follows ?include= files, and takes PITCHME.yaml’s addresses as given', () => {
    const files = { read: (p: string) => (p === 'parts/a.md' ? '![x](https://inc.test/x.png)' : undefined) };
    const urls = deckRemoteUrls([{ file: 'deck.md', text: '---?include=parts/a.md\n' }], files, [
      'https://yaml.test/logo.png',
      'assets/local.png',
      undefined,
    ]);
    expect(urls.sort()).toEqual(['https://inc.test/x.png', 'https://yaml.test/logo.png']);
  });
});

describe('sniffMedia', () => {
  it('trusts the bytes, with a content type that does not contradict them', () => {
    expect(sniffMedia(PNG, 'image/png')).toEqual({ ext: 'png' });
    expect(sniffMedia(PNG, 'application/octet-stream')).toEqual({ ext: 'png' });
    expect(sniffMedia(PNG, 'text/html')).toEqual({ problem: 'not a picture or video (text/html)' });
    expect(sniffMedia(Buffer.from(SVG), 'text/plain; charset=utf-8')).toEqual({ ext: 'svg' });
    expect(sniffMedia(Buffer.from('<html><svg></svg></html>'), 'image/svg+xml')).toMatchObject({
      problem: expect.stringContaining('image/svg+xml'),
    });
    expect(sniffMedia(Buffer.from('<svg onload="alert(1)"></svg>'), 'image/svg+xml')).toEqual({
      problem: 'an SVG with script or entities in it is not served',
    });
    expect(sniffMedia(Buffer.from('II*\0'), 'image/tiff')).toEqual({
      problem: 'a format the deck cannot serve (image/tiff)',
    });
  });
});

describe('prefetchRemoteAssets against a local server', () => {
  let server: Server;
  let base = '';
  const hits: string[] = [];
  const routes: Record<string, (res: ServerResponse) => void> = {
    '/p.png?deck': (res) => res.writeHead(200, { 'content-type': 'image/png' }).end(PNG),
    '/p.png': (res) => res.writeHead(200, { 'content-type': 'image/png' }).end(PNG),
    '/raw.svg': (res) => res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(SVG),
    '/page.png': (res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>login</html>'),
    '/missing.png': (res) => res.writeHead(404).end(),
    '/moved.png': (res) => res.writeHead(302, { location: '/p.png' }).end(),
    '/big.png': (res) =>
      res.writeHead(200, { 'content-type': 'image/png', 'content-length': '4096' }).end(Buffer.alloc(4096)),
    '/endless.png': (res) => {
      // No content-length: the cap must hold while reading.
      res.writeHead(200, { 'content-type': 'image/png' });
      res.write(PNG);
      res.end(Buffer.alloc(4096));
    },
    '/slow.png': () => undefined,
  };

  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      (routes[req.url ?? ''] ?? ((r: ServerResponse) => r.writeHead(404).end()))(res);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });
  beforeEach(() => {
    forgetRemoteAssets();
    hits.length = 0;
  });

  const options = {
    cacheDir: false as const,
    offline: false,
    requestTimeoutMs: 300,
    totalTimeoutMs: 1500,
    maxBytes: 1024,
  };

  it('fetches pictures into remote/<hash>.<ext>, following redirects, and says why the others failed', async () => {
    const urls = [
      'p.png',
      'raw.svg',
      'page.png',
      'missing.png',
      'moved.png',
      'big.png',
      'endless.png',
      'slow.png',
    ];
    const started = Date.now();
    const assets = await prefetchRemoteAssets([...urls.map((u) => `${base}/${u}`), `${base}/p.png`], options);
    expect(Date.now() - started).toBeLessThan(1500);
    const path = assets.remote(`${base}/p.png`);
    expect(path).toMatch(/^remote\/[0-9a-f]{16}\.png$/);
    expect(Buffer.from(remoteFile(path!)!.bytes)).toEqual(PNG);
    expect(remoteFile(path!)!.contentType).toBe('image/png');
    expect(assets.remote(`${base}/raw.svg`)).toMatch(/\.svg$/);
    expect(assets.remote(`${base}/moved.png`)).toMatch(/\.png$/);
    expect(assets.remote(`${base}/moved.png`)).not.toBe(path);
    const problems = Object.fromEntries(urls.map((u) => [u, assets.remoteProblem(`${base}/${u}`)]));
    expect(problems).toEqual({
      'p.png': undefined,
      'raw.svg': undefined,
      'page.png': 'not a picture or video (text/html)',
      'missing.png': 'HTTP 404',
      'moved.png': undefined,
      'big.png': 'larger than 1 KB',
      'endless.png': 'larger than 1 KB',
      'slow.png': 'timed out after 0.3 s',
    });
    expect(hits.filter((h) => h === '/p.png')).toHaveLength(2); // once itself, once after the redirect
    expect(assets.files).toHaveLength(3);
    expect(assets.withCopies({ read: () => undefined, exists: () => false }).exists(path!)).toBe(true);
  });

  it('bounds the whole prefetch, and a closed port fails at once', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const address = closed.address();
    const refused = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/x.png`;
    await new Promise((done) => closed.close(done));
    const started = Date.now();
    const assets = await prefetchRemoteAssets([`${base}/slow.png`, refused], {
      ...options,
      requestTimeoutMs: 5000,
      totalTimeoutMs: 400,
    });
    expect(Date.now() - started).toBeLessThan(1500);
    expect(assets.remoteProblem(`${base}/slow.png`)).toBe('the build waits 0.4 s for all remote pictures');
    expect(assets.remoteProblem(refused)).toBe('offline? ECONNREFUSED');
  });

  it('asks nothing offline, and nothing but http(s) ever', async () => {
    const offline = await prefetchRemoteAssets([`${base}/p.png`], { ...options, offline: true });
    expect(offline.remote(`${base}/p.png`)).toBeUndefined();
    expect(offline.remoteProblem(`${base}/p.png`)).toBe('offline: STACK_TOUR_OFFLINE=1');
    const other = await prefetchRemoteAssets(['ftp://127.0.0.1/p.png', 'file:///etc/passwd'], options);
    expect(other.files).toEqual([]);
    expect(hits).toEqual([]);
  });

  it('keeps copies on disk, so the next run asks again for nothing', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'remote-cache-'));
    const first = await prefetchRemoteAssets([`${base}/p.png`], { ...options, cacheDir });
    expect(readdirSync(cacheDir)).toHaveLength(1);
    forgetRemoteAssets();
    const second = await prefetchRemoteAssets([`${base}/p.png`], { ...options, cacheDir });
    expect(second.remote(`${base}/p.png`)).toBe(first.remote(`${base}/p.png`));
    expect(hits).toEqual(['/p.png']);
  });

  it('loadDeck fetches a deck’s pictures first and points its slides at the copies', async () => {
    vi.stubEnv('STACK_TOUR_OFFLINE', '');
    const dir = mkdtempSync(join(tmpdir(), 'remote-deck-'));
    writeFileSync(
      join(dir, 'PITCHME.md'),
      `# A\n\n![Pixel](${base}/p.png?deck)\n\n---?image=${base}/p.png?deck\n\n# B\n`,
    );
    const deck = await loadDeck(dir);
    vi.unstubAllEnvs();
    expect(deck.diagnostics).toEqual([]);
    const [path] = remoteFilesOf(deck).map((f) => f.path);
    expect(deck.slides[0].html).toContain(`<img src="${path}" alt="Pixel">`);
    expect(deck.slides[1].options.image).toBe(path);
  });

  it('lists the copies a deck points at, and the single file carries them inside', async () => {
    const assets = await prefetchRemoteAssets([`${base}/p.png`], options);
    const path = assets.remote(`${base}/p.png`)!;
    const deck = { slides: [{ html: `<img src="${path}" alt="">`, options: { image: path } }] };
    expect(remoteFilesOf(deck).map((f) => f.path)).toEqual([path]);
    const bundle = {
      [path]: { type: 'asset', fileName: path, source: remoteFile(path)!.bytes },
    } as unknown as OutputBundle;
    const page = `<html><head><meta charset="UTF-8" /></head><body><section data-background-image="${path}"><img src="${path}" alt=""></section></body></html>`;
    const single = singleFileHtml(page, bundle, tmpdir());
    expect(single).not.toContain(path);
    expect(single.match(/data:image\/png;base64,/g)).toHaveLength(2);
  });
});
