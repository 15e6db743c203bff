#!/usr/bin/env node
// Runs the benchmark programs (bench/*.py) on CPython and on Edge Python and prints
// their median wall times side by side. It measures; it asserts nothing about speed.
//
// Runs are interleaved (python3, edge, [wasm], python3, edge, ...; the starting engine
// rotates each round) so that noise on a busy machine lands on every engine alike.
// Every run's stdout must equal CPython's first run byte for byte; an engine that
// differs is marked MISMATCH (with the first differing line), one that exits non-zero,
// dies on a signal or times out is marked FAIL. Neither stops the runner, and neither
// counts toward the geometric mean.
//
//   node bench/run.mjs [--edge PATH] [--wasm] [--runs N] [--filter S[,S...]]
//                      [--timeout SECONDS] [--json OUT.json]
//
// --edge defaults to build/native/edge under the repository root; a path given on the
// command line is taken relative to the current directory. --wasm adds a column for
// `node js/cli.mjs`. Programs run with cwd = bench/ and the file name as argument.
// Exit status: 0 all OK, 1 some FAIL or MISMATCH, 2 bad usage or missing engine.
// Plain ESM, no dependencies (Node 20).

import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
const DEFAULT_EDGE = join(ROOT, 'build', 'native', 'edge');
const WASM_CLI = join(ROOT, 'js', 'cli.mjs');
const MAX_CAPTURE = 16 * 1024 * 1024; // a runaway program is cut off, not buffered forever
const STDERR_TAIL = 5;

// Children run in their own process group so a timeout also ends whatever they
// started (a shell wrapper's child would otherwise keep the pipes open).
const ACTIVE = new Set();

function killGroup(child) {
  try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
}

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    for (const child of ACTIVE) killGroup(child);
    process.exit(130);
  });
}

function usage(message) {
  if (message) console.error(`bench: ${message}`);
  console.error('usage: node bench/run.mjs [--edge PATH] [--wasm] [--runs N] ' +
    '[--filter NAME[,NAME...]] [--timeout SECONDS] [--json OUT.json]');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { edge: DEFAULT_EDGE, wasm: false, runs: 5, filter: [], timeout: 120, json: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = () => {
      if (inline !== undefined) return inline;
      if (i + 1 >= argv.length) usage(`${flag} needs a value`);
      return argv[++i];
    };
    switch (flag) {
      case '--edge': opts.edge = resolve(value()); break;
      case '--wasm': opts.wasm = true; break;
      case '--runs': case '-n': {
        const v = value();
        opts.runs = Number(v);
        if (!Number.isInteger(opts.runs) || opts.runs < 1) usage(`--runs wants a positive integer, got '${v}'`);
        break;
      }
      case '--filter': opts.filter.push(...value().split(',').map((s) => s.trim()).filter(Boolean)); break;
      case '--timeout': {
        opts.timeout = Number(value());
        if (!(opts.timeout > 0)) usage('--timeout wants a positive number of seconds');
        break;
      }
      case '--json': opts.json = resolve(value()); break;
      case '--help': case '-h': usage(); break;
      default: usage(`unknown argument '${arg}'`);
    }
  }
  return opts;
}

function isExecutableFile(path) {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

// Program names (without .py). A filter entry matches a name exactly or as a substring.
function listPrograms(filter) {
  const names = readdirSync(BENCH).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort();
  if (filter.length === 0) return names;
  return names.filter((n) => filter.some((f) => n === f || n.includes(f)));
}

// Runs one command to completion. Never rejects: spawn errors, signals and timeouts
// come back as a result with ok = false.
function runOnce(cmd, args, timeoutMs) {
  return new Promise((resolvePromise) => {
    const out = [];
    const err = [];
    let outLen = 0;
    let errLen = 0;
    let truncated = false;
    let timedOut = false;
    let settled = false;
    const start = process.hrtime.bigint();
    let child;
    const finish = (result) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      resolvePromise({
        ms,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        truncated,
        timedOut,
        ...result,
      });
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child);
    }, timeoutMs);
    try {
      child = spawn(cmd, args, { cwd: BENCH, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    } catch (e) {
      finish({ code: null, signal: null, spawnError: String(e && e.message || e) });
      return;
    }
    ACTIVE.add(child);
    child.stdout.on('data', (chunk) => {
      if (outLen < MAX_CAPTURE) { out.push(chunk); outLen += chunk.length; } else if (!truncated) {
        truncated = true;
        killGroup(child);
      }
    });
    child.stderr.on('data', (chunk) => {
      if (errLen < MAX_CAPTURE) { err.push(chunk); errLen += chunk.length; }
    });
    child.on('error', (e) => { ACTIVE.delete(child); finish({ code: null, signal: null, spawnError: e.message }); });
    child.on('close', (code, signal) => { ACTIVE.delete(child); finish({ code, signal, spawnError: null }); });
  });
}

function failureReason(r, timeoutS) {
  if (r.spawnError) return `could not start: ${r.spawnError}`;
  if (r.timedOut) return `timed out (--timeout ${timeoutS} s)`;
  if (r.truncated) return `stdout exceeded ${MAX_CAPTURE} bytes`;
  if (r.signal) return `killed by ${r.signal}`;
  if (r.code !== 0) return `exit status ${r.code}`;
  return null;
}

function stderrTail(text) {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.slice(-STDERR_TAIL).map((l) => `      ${l}`).join('\n');
}

function splitLines(text) {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function firstDifference(expected, actual) {
  const a = splitLines(expected);
  const b = splitLines(actual);
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) {
      const show = (s) => (s === undefined ? '<end of output>' : JSON.stringify(s));
      return `line ${i + 1}: expected ${show(a[i])}, got ${show(b[i])}`;
    }
  }
  return 'same lines, final newline differs';
}

function median(xs) {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function geomean(xs) {
  return Math.exp(xs.reduce((acc, x) => acc + Math.log(x), 0) / xs.length);
}

// One engine's record for one program. status: OK | FAIL | MISMATCH.
function newRecord() {
  return { status: 'OK', times: [], detail: null };
}

async function benchProgram(name, engines, opts, log) {
  const file = `${name}.py`;
  const records = engines.map(() => newRecord());
  let reference = null; // CPython's first stdout
  for (let round = 0; round < opts.runs; round++) {
    for (let k = 0; k < engines.length; k++) {
      const e = (round + k) % engines.length;
      const engine = engines[e];
      const rec = records[e];
      if (rec.status === 'FAIL') continue; // a failing engine is not run again
      if (e !== 0 && reference === null) continue; // CPython failed: nothing to compare with
      const r = await runOnce(engine.cmd, [...engine.args, file], opts.timeout * 1000);
      const why = failureReason(r, opts.timeout);
      if (why) {
        rec.status = 'FAIL';
        rec.detail = why;
        const tail = stderrTail(r.stderr);
        log(`  ${name}: ${engine.label} FAIL: ${why}${tail ? `\n${tail}` : ''}`);
        continue;
      }
      rec.times.push(r.ms);
      if (e === 0 && reference === null) {
        reference = r.stdout; // round 0 always starts with CPython
      } else if (r.stdout !== reference && rec.status === 'OK') {
        rec.status = 'MISMATCH';
        rec.detail = firstDifference(reference, r.stdout);
        log(`  ${name}: ${engine.label} MISMATCH, ${rec.detail}`);
      }
    }
  }
  return records;
}

function pad(s, w, right) {
  s = String(s);
  return right ? s.padStart(w) : s.padEnd(w);
}

function printTable(rows, engines) {
  const header = ['program', 'python3 ms'];
  for (const e of engines.slice(1)) header.push(`${e.label} ms`, `${e.label}/py`);
  header.push('status');
  const table = [header];
  for (const row of rows) {
    const py = row.records[0];
    const line = [row.name, py.median != null ? py.median.toFixed(1) : '-'];
    for (let e = 1; e < engines.length; e++) {
      const rec = row.records[e];
      line.push(rec.median != null ? rec.median.toFixed(1) : '-');
      line.push(rec.ratio != null ? rec.ratio.toFixed(2) : '-');
    }
    const statuses = engines.map((e, i) => [e.label, row.records[i]])
      .filter(([, rec]) => rec.status !== 'OK').map(([label, rec]) => `${label} ${rec.status}`);
    line.push(statuses.length ? statuses.join(', ') : 'ok');
    table.push(line);
  }
  const widths = header.map((_, c) => Math.max(...table.map((r) => String(r[c]).length)));
  const last = header.length - 1;
  const fmt = (r) => r.map((cell, c) => (c === last ? String(cell) : pad(cell, widths[c], c > 0))).join('  ');
  console.log(fmt(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of table.slice(1)) console.log(fmt(r));
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));

  if (!isExecutableFile(opts.edge)) {
    console.error(`bench: edge binary not found or not executable: ${opts.edge}`);
    console.error('bench: build it (cmake -S . -B build/native && cmake --build build/native --target edge) or pass --edge PATH');
    process.exit(2);
  }
  if (opts.wasm && !existsSync(WASM_CLI)) {
    console.error(`bench: --wasm given but ${WASM_CLI} does not exist`);
    process.exit(2);
  }

  const programs = listPrograms(opts.filter);
  if (programs.length === 0) usage(`no program matches --filter ${opts.filter.join(',')}`);

  const engines = [
    { label: 'python3', cmd: 'python3', args: [] },
    { label: 'edge', cmd: opts.edge, args: [] },
  ];
  if (opts.wasm) engines.push({ label: 'wasm', cmd: process.execPath, args: [WASM_CLI] });

  const log = (s) => process.stderr.write(`${s}\n`);
  log(`bench: ${programs.length} program(s), ${opts.runs} run(s) each, engines: ` +
    engines.map((e) => e.label).join(', '));

  const rows = [];
  for (const name of programs) {
    process.stderr.write(`  ${name} ...\n`);
    const records = await benchProgram(name, engines, opts, log);
    for (const rec of records) rec.median = rec.times.length ? median(rec.times) : null;
    const py = records[0];
    if (py.status !== 'OK') {
      // A benchmark CPython cannot run is a bug in the benchmark; nothing to compare.
      for (const rec of records.slice(1)) {
        if (rec.status === 'OK') { rec.status = 'FAIL'; rec.detail = 'no python3 reference'; }
      }
    }
    for (const rec of records.slice(1)) {
      rec.ratio = rec.status === 'OK' && py.median ? rec.median / py.median : null;
    }
    rows.push({ name, records });
  }

  console.log('');
  printTable(rows, engines);
  console.log('');
  const geo = {};
  for (let e = 1; e < engines.length; e++) {
    const ratios = rows.map((r) => r.records[e].ratio).filter((x) => x != null);
    const label = engines[e].label;
    if (ratios.length === 0) {
      console.log(`geomean ${label}/python3: n/a (no program ran OK)`);
      geo[label] = null;
    } else {
      geo[label] = geomean(ratios);
      const over = ratios.length === rows.length ? '' : ` (over ${ratios.length} of ${rows.length} programs)`;
      console.log(`geomean ${label}/python3: ${geo[label].toFixed(2)}${over}`);
    }
  }

  const bad = rows.filter((r) => r.records.some((rec) => rec.status !== 'OK'));
  for (const r of bad) {
    r.records.forEach((rec, e) => {
      if (rec.status !== 'OK') console.log(`${r.name}: ${engines[e].label} ${rec.status}: ${rec.detail}`);
    });
  }

  if (opts.json) {
    const result = {
      date: new Date().toISOString(),
      runs: opts.runs,
      edge: opts.edge,
      wasm: opts.wasm,
      programs: rows.map((r) => {
        const o = { name: r.name };
        r.records.forEach((rec, e) => {
          o[engines[e].label] = {
            status: rec.status,
            detail: rec.detail,
            median_ms: rec.median,
            times_ms: rec.times,
            ...(e > 0 ? { ratio: rec.ratio } : {}),
          };
        });
        return o;
      }),
      geomean: geo,
    };
    writeFileSync(opts.json, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`wrote ${opts.json}`);
  }

  process.exit(bad.length ? 1 : 0);
}

main().catch((e) => {
  console.error(`bench: internal error: ${e && e.stack || e}`);
  process.exit(2);
});
