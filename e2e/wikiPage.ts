/**
 * A wiki page on another origin that frames the deck, as wikis do with embeds. It is a real
 * server on `localhost` (the deck is served on 127.0.0.1, another origin): Chromium refuses to
 * let a page it counts as public (a fulfilled route) frame a loopback address.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { escapeHtml } from '../src/shared/html.ts';

export interface WikiPage {
  url: string;
  close(): Promise<void>;
}

export async function serveWikiPage(frameSrc: string, sandbox: string): Promise<WikiPage> {
  const body =
    '<!doctype html><html lang="en"><title>Onboarding wiki</title><h1>Onboarding</h1>' +
    `<iframe title="Stack Tour" sandbox="${escapeHtml(sandbox)}" src="${escapeHtml(frameSrc)}" ` +
    'width="960" height="600"></iframe></html>';
  const server = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(body));
  await new Promise<void>((done) => server.listen(0, 'localhost', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/wiki/onboarding.html`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
