/**
 * A plain static file server for dist/, mounted under a sub-path, so the tests load the built
 * deck the way a wiki's static folder would serve it (text gzipped). No dependencies, loopback only.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentType } from '../src/build/mimeTypes.ts';

export function serveDist(root: string, base: string, port: number): Promise<Server> {
  const dir = resolve(root);
  const server = createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? '/').split(/[?#]/)[0]);
    if (!url.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = resolve(dir, '.' + url.slice(base.length - 1));
    if (file !== dir && !file.startsWith(dir + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    const type = contentType(extname(file));
    const body = readFileSync(file);
    // Text is gzipped when the browser asks, as any production server (nginx, CloudFront) does;
    // fonts and pictures are compressed already.
    if (/text|javascript|json|svg/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      res.end(gzipSync(body));
      return;
    }
    res.writeHead(200, { 'Content-Type': type });
    res.end(body);
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

// `tsx scripts/serveDist.ts [port] [base] [root]` serves a built deck for Playwright's webServer.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, 'serveDist.ts')) {
  const port = Number(process.argv[2] ?? 4173);
  const base = process.argv[3] ?? '/static/onboarding/';
  const root = process.argv[4] ?? 'dist';
  void serveDist(root, base, port).then(() =>
    console.log(`serving ${root}/ at http://127.0.0.1:${port}${base}`),
  );
}
