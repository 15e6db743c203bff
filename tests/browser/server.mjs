// A small static HTTP server for the browser tests and `make demo` (node:http only).
//
// It serves a directory (the worktree root by default) on 127.0.0.1, a secure context
// for Chromium, so WebCrypto and IndexedDB work as they do on https. Every response
// carries `Access-Control-Allow-Origin: *`, so a second instance on another port can
// serve the runtime cross-origin, and `Cache-Control: no-store`, so the request log
// sees every fetch the page makes (nothing is answered from the browser's HTTP cache).
//
// Besides files it has routes the tests change at run time:
//   /__fixture/spa/<anything>   an SPA fallback: any path answers index-like HTML (200 text/html)
//   /__fixture/drift/<name>     bytes set with server.setDrift(name, bytes, type); change them
//                               between requests to simulate a remote module changing
//   server.route(path, {body, type, status})   any other in-memory response
//
//   const server = await startServer({ root, port: 0 });
//   server.origin           'http://127.0.0.1:<port>'
//   server.requests         [{method, path, status, time}]   (path = pathname + search)
//   server.requested(p)     how many requests had pathname p (string) or matched p (RegExp)
//   server.resetLog()
//   await server.close()
//
// From the command line (`make demo`): node tests/browser/server.mjs [--port N] [--root DIR]
// (PORT in the environment also works; 0 picks a free port and prints it).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { resolve, join, extname, sep, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, '..', '..');

export const CONTENT_TYPES = {
  '.wasm': 'application/wasm',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.py': 'text/x-python; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.c': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

const SPA_HTML = '<!DOCTYPE html><html><head><title>app</title></head><body><div id="root"></div></body></html>\n';

export async function startServer({ root = REPO_ROOT, port = 0, host = '127.0.0.1', quiet = true } = {}) {
  root = resolve(root);
  const requests = [];
  const routes = new Map();   // pathname -> {body, type, status, headers}
  const drift = new Map();    // name -> {body, type}

  function send(req, res, status, body, type, extra = {}) {
    const headers = {
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': 'no-store',
      ...extra,
    };
    if (type) headers['Content-Type'] = type;
    const data = typeof body === 'string' ? Buffer.from(body) : Buffer.from(body ?? '');
    headers['Content-Length'] = String(data.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : data);
    return status;
  }

  async function handle(req, res) {
    const url = new URL(req.url, 'http://x');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return send(req, res, 400, 'bad request\n', 'text/plain; charset=utf-8');
    }
    if (req.method === 'OPTIONS') {
      return send(req, res, 204, '', null, {
        'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
        'Access-Control-Allow-Headers': '*',
      });
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(req, res, 405, 'method not allowed\n', 'text/plain; charset=utf-8');
    }
    if (routes.has(pathname)) {
      const r = routes.get(pathname);
      return send(req, res, r.status ?? 200, r.body, r.type ?? typeFor(pathname), r.headers);
    }
    if (pathname.startsWith('/__fixture/spa/')) {
      return send(req, res, 200, SPA_HTML, 'text/html; charset=utf-8');
    }
    if (pathname.startsWith('/__fixture/drift/')) {
      const name = pathname.slice('/__fixture/drift/'.length);
      const d = drift.get(name);
      if (!d) return send(req, res, 404, `no drift fixture '${name}'\n`, 'text/plain; charset=utf-8');
      return send(req, res, 200, d.body, d.type ?? typeFor(name));
    }
    // Static files under root; never outside it.
    let file = resolve(join(root, pathname));
    if (file !== root && !file.startsWith(root + sep)) {
      return send(req, res, 403, 'forbidden\n', 'text/plain; charset=utf-8');
    }
    let info = await stat(file).catch(() => null);
    if (info && info.isDirectory()) {
      if (!pathname.endsWith('/')) {
        return send(req, res, 301, '', null, { Location: url.pathname + '/' + url.search });
      }
      file = join(file, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (!info || !info.isFile()) {
      return send(req, res, 404, `not found: ${pathname}\n`, 'text/plain; charset=utf-8');
    }
    const body = await readFile(file);
    return send(req, res, 200, body, typeFor(file));
  }

  const server = createServer((req, res) => {
    const entry = { method: req.method, path: req.url, status: 0, time: Date.now() };
    requests.push(entry);
    handle(req, res)
      .then((status) => {
        entry.status = status;
        if (!quiet) console.log(`${status} ${req.method} ${req.url}`);
      })
      .catch((err) => {
        entry.status = 500;
        if (!res.headersSent) send(req, res, 500, `server error: ${err.message}\n`, 'text/plain; charset=utf-8');
        else res.destroy();
      });
  });

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const actualPort = server.address().port;

  const pathOf = (p) => p.split('?')[0];
  return {
    port: actualPort,
    origin: `http://${host}:${actualPort}`,
    url: (p = '/') => `http://${host}:${actualPort}${p.startsWith('/') ? p : '/' + p}`,
    root,
    requests,
    resetLog() {
      requests.length = 0;
    },
    /** Requests whose pathname equals `p` (string) or whose path matches `p` (RegExp). */
    requestsFor(p) {
      return requests.filter((r) => (p instanceof RegExp ? p.test(r.path) : pathOf(r.path) === p));
    },
    requested(p) {
      return this.requestsFor(p).length;
    },
    route(pathname, response) {
      if (response === null) routes.delete(pathname);
      else routes.set(pathname, response);
    },
    setDrift(name, body, type) {
      drift.set(name, { body, type });
    },
    close() {
      server.closeAllConnections?.();
      return new Promise((ok) => server.close(() => ok()));
    },
  };
}

function typeFor(path) {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

// Command line: serve the repository for people (make demo).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  let port = Number(process.env.PORT ?? 8000);
  let root = REPO_ROOT;
  let verbose = false;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--port') port = Number(args[++i]);
    else if (args[i] === '--root') root = resolve(args[++i]);
    else if (args[i] === '--verbose') verbose = true;
    else {
      console.error(`usage: node tests/browser/server.mjs [--port N] [--root DIR] [--verbose]`);
      process.exit(2);
    }
  }
  const server = await startServer({ root, port, quiet: !verbose });
  console.log(`Edge Python: serving ${root} at ${server.origin}/`);
  console.log('Example pages:');
  for (const p of ['/examples/', '/examples/hello/', '/examples/counter/', '/examples/modules/']) {
    console.log(`  ${server.origin}${p}`);
  }
  console.log('Press Ctrl+C to stop.');
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
