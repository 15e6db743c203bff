#!/usr/bin/env node
// Runs the Python corpus (tests/py/<area>/<name>.py) on Edge Python and compares each
// case with the CPython 3.11 output committed beside it by scripts/gen_expected.py.
//
// A case passes when stdout equals <name>.out byte for byte, the exit status is 0 (or
// the status on the first line of <name>.err), and, when <name>.err exists, the last
// non-empty line of stderr equals its second line. Helper modules (files under a
// `helpers/` folder or whose name starts with `_`) are not cases. Cases listed in
// tests/py/known_failures.txt must fail; one that passes is reported as an
// "unexpected pass" failure so the list stays honest.
//
//   node tests/run_corpus.mjs [--target native|wasm|both] [--jobs N] [--filter S]
//                             [--preempt N] [--timeout S] [--verbose]
//
// Targets run with cwd = the case's folder and the file name as the only argument:
//   native: $EDGE_NATIVE_BIN or build/native/edge
//   wasm:   $EDGE_WASM_CMD (a command line, split on spaces) or `node js/cli.mjs`
// --preempt N is passed through as the environment variable EDGE_PREEMPT.
// Plain ESM, no dependencies (Node 20).

import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(ROOT, 'tests', 'py');
const KNOWN_FAILURES = join(CORPUS, 'known_failures.txt');
const MAX_CAPTURE = 8 * 1024 * 1024; // a runaway case is cut off rather than filling memory
const DIFF_LINES = 16;
const TARGETS = ['native', 'wasm'];

function usage(message) {
  if (message) console.error(`run_corpus: ${message}`);
  console.error('usage: node tests/run_corpus.mjs [--target native|wasm|both] [--jobs N] ' +
    '[--filter SUBSTRING] [--preempt N] [--timeout SECONDS] [--verbose]');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { target: 'native', jobs: availableParallelism(), filter: '', preempt: null,
    timeout: 10, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      if (i + 1 >= argv.length) usage(`${flag} needs a value`);
      return argv[++i];
    };
    const positiveInt = (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) usage(`${flag} wants a positive integer, got '${v}'`);
      return n;
    };
    switch (flag) {
      case '--target': opts.target = value(); break;
      case '--jobs': case '-j': opts.jobs = positiveInt(value()); break;
      case '--filter': opts.filter = value(); break;
      case '--preempt': {
        const v = value();
        if (!/^\d+$/.test(v)) usage(`--preempt wants a non-negative integer, got '${v}'`);
        opts.preempt = Number(v);
        break;
      }
      case '--timeout': {
        opts.timeout = Number(value());
        if (!(opts.timeout > 0)) usage('--timeout wants a positive number of seconds');
        break;
      }
      case '--verbose': case '-v': opts.verbose = true; break;
      case '--help': case '-h': usage(); break;
      default: usage(`unknown argument '${arg}'`);
    }
  }
  if (!['native', 'wasm', 'both'].includes(opts.target)) usage(`unknown target '${opts.target}'`);
  return opts;
}

function relPath(file) {
  return relative(CORPUS, file).split(sep).join('/');
}

function isHelper(rel) {
  const parts = rel.split('/');
  return parts.slice(0, -1).includes('helpers') || parts[parts.length - 1].startsWith('_');
}

function findCases(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '__pycache__' && entry.name !== 'node_modules') findCases(full, out);
    } else if (entry.name.endsWith('.py') && !isHelper(relPath(full))) {
      out.push(full);
    }
  }
  return out;
}

// known_failures.txt: `<path relative to tests/py> <native|wasm|both>  # reason`
function loadKnownFailures() {
  const known = new Map(); // "rel\ttarget" -> reason
  if (!existsSync(KNOWN_FAILURES)) return known;
  const lines = readFileSync(KNOWN_FAILURES, 'utf8').split('\n');
  lines.forEach((raw, index) => {
    const hash = raw.indexOf('#');
    const body = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
    const reason = hash >= 0 ? raw.slice(hash + 1).trim() : '';
    if (!body) return;
    const [rel, target = 'both', extra] = body.split(/\s+/);
    if (extra !== undefined || !['native', 'wasm', 'both'].includes(target)) {
      console.error(`known_failures.txt:${index + 1}: expected '<path> <native|wasm|both>  # reason'`);
      process.exit(2);
    }
    if (!existsSync(join(CORPUS, rel))) {
      console.error(`known_failures.txt:${index + 1}: warning: no such case ${rel}`);
    }
    if (!reason) console.error(`known_failures.txt:${index + 1}: warning: give a reason after '#'`);
    for (const t of target === 'both' ? TARGETS : [target]) known.set(`${rel}\t${t}`, reason);
  });
  return known;
}

function commandFor(target) {
  if (target === 'native') {
    const bin = process.env.EDGE_NATIVE_BIN || join(ROOT, 'build', 'native', 'edge');
    const missing = !existsSync(bin) && (bin.includes('/') || !process.env.EDGE_NATIVE_BIN);
    return { argv: [bin], missing: missing ? `native binary not found: ${bin} ` +
      '(build the native target first, or set EDGE_NATIVE_BIN)' : null };
  }
  if (process.env.EDGE_WASM_CMD) {
    const argv = process.env.EDGE_WASM_CMD.trim().split(/\s+/);
    const missing = argv[0].includes('/') && !existsSync(argv[0]);
    return { argv, missing: missing ? `wasm command not found: ${argv[0]} (from EDGE_WASM_CMD)` : null };
  }
  const cli = join(ROOT, 'js', 'cli.mjs');
  return { argv: [process.execPath, cli], missing: existsSync(cli) ? null :
    `wasm runner not found: ${cli} (build the wasm target, or set EDGE_WASM_CMD)` };
}

function runProcess(argv, cwd, env, timeoutMs) {
  return new Promise((resolveRun) => {
    const stdout = [];
    const stderr = [];
    let outBytes = 0;
    let errBytes = 0;
    let timedOut = false;
    let overflow = false;
    let child;
    try {
      child = spawn(argv[0], argv.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'],
        detached: true });
    } catch (e) {
      resolveRun({ spawnError: e.message });
      return;
    }
    const killGroup = () => {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { try { child.kill('SIGKILL'); } catch { } }
    };
    const timer = setTimeout(() => { timedOut = true; killGroup(); }, timeoutMs);
    child.stdout.on('data', (chunk) => {
      outBytes += chunk.length;
      if (outBytes > MAX_CAPTURE) { overflow = true; killGroup(); } else stdout.push(chunk);
    });
    child.stderr.on('data', (chunk) => {
      errBytes += chunk.length;
      if (errBytes <= MAX_CAPTURE) stderr.push(chunk);
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      resolveRun({ spawnError: e.message });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolveRun({ code, signal, timedOut, timeoutSeconds: timeoutMs / 1000, overflow, stdout: Buffer.concat(stdout),
        stderr: Buffer.concat(stderr) });
    });
  });
}

function lastNonEmptyLine(text) {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  return lines.length ? lines[lines.length - 1] : '';
}

function show(line) {
  return line === undefined ? '' : JSON.stringify(line).slice(1, -1);
}

function splitLines(buf) {
  const text = buf.toString('utf8');
  const lines = text.split('\n');
  const finalNewline = lines[lines.length - 1] === '';
  if (finalNewline) lines.pop();
  else if (text !== '') lines[lines.length - 1] += ' \u2190 (no newline at end)';
  return lines;
}

// Line-level edit script between two (short) line arrays via LCS; ' ', '-' or '+' per row.
function editScript(a, b) {
  const n = a.length;
  const m = b.length;
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const rows = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) { rows.push([' ', a[i]]); i++; j++; }
    else if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) { rows.push(['-', a[i]]); i++; }
    else { rows.push(['+', b[j]]); j++; }
  }
  return rows;
}

// A compact unified-style diff starting at the first differing line of expected/actual
// stdout: two lines of context, then at most DIFF_LINES rows.
function diffStdout(expected, actual) {
  const exp = splitLines(expected);
  const act = splitLines(actual);
  let first = 0;
  while (first < exp.length && first < act.length && exp[first] === act[first]) first++;
  const WINDOW = 200; // bounds the quadratic LCS; only the start of the difference is shown
  const rows = editScript(exp.slice(first, first + WINDOW), act.slice(first, first + WINDOW));
  const out = [`    --- expected  +++ actual  @@ line ${first + 1} @@`];
  for (let i = Math.max(0, first - 2); i < first; i++) out.push(`     ${show(exp[i])}`);
  let shown = 0;
  let sinceChange = 0; // equal rows since the last change
  let held = []; // equal rows not printed yet (context for a later change)
  for (const [tag, line] of rows) {
    if (shown >= DIFF_LINES) { out.push('    ...'); break; }
    if (tag === ' ') {
      if (++sinceChange <= 2) { out.push(`     ${show(line)}`); shown++; } else held.push(line);
      continue;
    }
    if (held.length) {
      if (held.length > 2) out.push('    @@');
      for (const h of held.slice(-2)) out.push(`     ${show(h)}`);
      shown += Math.min(2, held.length);
      held = [];
    }
    sinceChange = 0;
    out.push(`    ${tag}${show(line)}`);
    shown++;
  }
  out.push(`    (expected ${exp.length} lines, got ${act.length})`);
  return out.join('\n');
}

// Returns null when the case passes, or a list of problem lines.
function judge(result, expectedOut, expectedErr) {
  if (result.spawnError) return [`could not start: ${result.spawnError}`];
  if (result.timedOut) return [`timeout (> ${result.timeoutSeconds} s)`];
  const problems = [];
  if (result.overflow) problems.push(`stdout exceeded ${MAX_CAPTURE} bytes, killed`);
  const wantStatus = expectedErr ? expectedErr.status : 0;
  const status = result.code === null ? `signal ${result.signal}` : result.code;
  if (status !== wantStatus) problems.push(`exit status ${status}, expected ${wantStatus}`);
  if (expectedErr) {
    const got = lastNonEmptyLine(result.stderr.toString('utf8'));
    if (got !== expectedErr.line) {
      problems.push(`stderr last line: ${JSON.stringify(got)}, expected ${JSON.stringify(expectedErr.line)}`);
    }
  }
  if (!result.stdout.equals(expectedOut)) problems.push(diffStdout(expectedOut, result.stdout));
  if (problems.length && status !== wantStatus) {
    const tail = result.stderr.toString('utf8').trimEnd().split('\n').slice(-4);
    if (tail.join('').trim()) problems.push('stderr tail:\n' + tail.map((l) => `      ${l}`).join('\n'));
  }
  return problems.length ? problems : null;
}

function loadExpected(file) {
  const stem = file.slice(0, -3);
  if (!existsSync(`${stem}.out`)) return { missing: `no ${basename(stem)}.out (run scripts/gen_expected.py)` };
  const out = readFileSync(`${stem}.out`);
  let err = null;
  if (existsSync(`${stem}.err`)) {
    const lines = readFileSync(`${stem}.err`, 'utf8').split('\n');
    const status = Number(lines[0]);
    if (!Number.isInteger(status)) return { missing: `${basename(stem)}.err: first line is not an exit status` };
    err = { status, line: (lines[1] ?? '').replace(/\r$/, '') };
  }
  return { out, err };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const targets = opts.target === 'both' ? TARGETS : [opts.target];
  const known = loadKnownFailures();
  const cases = findCases(CORPUS).filter((f) => relPath(f).includes(opts.filter));
  if (!cases.length) {
    console.error(`run_corpus: no cases match filter '${opts.filter}'`);
    process.exit(2);
  }

  const env = { ...process.env, PYTHONHASHSEED: '0' };
  if (opts.preempt !== null) env.EDGE_PREEMPT = String(opts.preempt);

  const stats = {};
  const jobs = [];
  for (const target of targets) {
    stats[target] = { passed: 0, failed: 0, known: 0 };
    const cmd = commandFor(target);
    if (cmd.missing) {
      console.error(`${target}: ${cmd.missing}; counting its ${cases.length} cases as failed`);
      stats[target].failed += cases.length;
      continue;
    }
    for (const file of cases) jobs.push({ target, file, argv: cmd.argv });
  }

  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      const rel = relPath(job.file);
      const expected = loadExpected(job.file);
      let problems;
      let ms = 0;
      if (expected.missing) {
        problems = [expected.missing];
      } else {
        const started = Date.now();
        // <name>.events: the events receive() gets, one per line (both runners take --events).
        const events = `${job.file.slice(0, -3)}.events`;
        const eventArgs = existsSync(events) ? ['--events', basename(events)] : [];
        const result = await runProcess([...job.argv, ...eventArgs, basename(job.file)], dirname(job.file), env,
          opts.timeout * 1000);
        ms = Date.now() - started;
        problems = judge(result, expected.out, expected.err);
      }
      const st = stats[job.target];
      const knownReason = known.get(`${rel}\t${job.target}`);
      if (knownReason !== undefined) {
        if (problems) {
          st.known++;
          if (opts.verbose) console.log(`XFAIL ${job.target} ${rel} (${knownReason})`);
        } else {
          st.failed++;
          console.log(`FAIL ${job.target} ${rel}\n    unexpected pass: remove it from tests/py/known_failures.txt`);
        }
      } else if (problems) {
        st.failed++;
        console.log(`FAIL ${job.target} ${rel}\n${problems.map((p) => p.startsWith('    ') ? p : `    ${p}`).join('\n')}`);
      } else {
        st.passed++;
        if (opts.verbose) console.log(`ok   ${job.target} ${rel} (${ms} ms)`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.jobs, Math.max(1, jobs.length)) }, worker));

  let passed = 0;
  let failed = 0;
  for (const target of targets) {
    if (stats[target].known) {
      console.log(`${target}: ${stats[target].known} known failures (tests/py/known_failures.txt)`);
    }
  }
  for (const target of targets) {
    const st = stats[target];
    console.log(`${target}: ${st.passed} passed, ${st.failed} failed`);
    passed += st.passed;
    failed += st.failed;
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main();
