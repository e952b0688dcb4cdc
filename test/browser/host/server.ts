/**
 * A tiny static server on 127.0.0.1 for the browser test: serves the built pane (dist) and, in
 * place of office.js, the test host's Office/Excel stand-in. Loopback only, port chosen by the OS.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves `root`; `overrides` maps a URL path (`/office-js/office.js`) to a body served instead of the file. */
export async function serveStatic(
  root: string,
  overrides: ReadonlyMap<string, string>,
): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const override = overrides.get(path);
    if (override !== undefined) {
      response.writeHead(200, { 'content-type': type }).end(override);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => response.writeHead(200, { 'content-type': type }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
