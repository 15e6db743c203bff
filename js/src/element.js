// The <edge-python> custom element: a declarative createWorker. On connect it reads
// `packages` (a packages.json: `host` entries become hostModules, `imports` entries
// imports), spawns the worker, runs `entry` if given, then fires `ready`.
//
// Invariants: the element owns its worker and disposes it when it leaves the
// document (a move within the document keeps it); a failure is shown inside the
// element and dispatched as an `error` event, never only logged; print() output is
// appended to the element while nobody set an onOutput handler.
//
// Importing this module defines <edge-python> unless the module URL carries
// ?setElement=false (for environments without customElements: use defineElement).
import { createWorker } from './index.js';

const Base = globalThis.HTMLElement ?? class {};

function resolveAgainst(url, base) {
  return new URL(url, base).href;
}

export class EdgePythonElement extends Base {
  constructor() {
    super();
    this.worker = null;
    this._userOutput = null;
    this._pre = null;
    this._starting = null;
    this._entryUrl = null;
    this._generation = 0; // bumped on removal: a start that finishes late disposes itself
  }

  connectedCallback() {
    if (this._starting) return; // moved within the document: keep the worker
    this._starting = this._start();
    this._starting.catch(() => {});
  }

  disconnectedCallback() {
    // A move is a disconnect immediately followed by a connect: wait a task first.
    setTimeout(() => {
      if (this.isConnected) return;
      // The disposed proxy stays on el.worker: its methods now reject "worker disposed".
      this.worker?.dispose();
      this._starting = null;
      this._generation++;
    }, 0);
  }

  async _start() {
    const generation = this._generation;
    const page = document.baseURI;
    const entry = this.getAttribute('entry');
    const packages = this.getAttribute('packages');
    const wasm = this.getAttribute('wasm');
    try {
      const hostModules = {};
      const imports = {};
      const preloaded = {}; // handed to the worker: its prefetch reads the same manifest
      if (packages) {
        const manifestUrl = resolveAgainst(packages, page);
        const response = await fetch(manifestUrl);
        if (!response.ok) throw new Error(`could not fetch packages '${packages}' (${response.status} at ${manifestUrl})`);
        let manifest;
        try {
          preloaded[manifestUrl] = await response.text();
          manifest = JSON.parse(preloaded[manifestUrl]);
        } catch (error) {
          throw new Error(`packages '${packages}' is not valid JSON: ${error.message}`);
        }
        for (const [name, url] of Object.entries(manifest.host ?? {})) hostModules[name] = resolveAgainst(url, manifestUrl);
        for (const [name, url] of Object.entries(manifest.imports ?? {})) {
          imports[name] = String(url).startsWith('mt:') ? url : resolveAgainst(url, manifestUrl);
        }
      }
      const opts = { hostModules, imports, preloaded };
      if (wasm) opts.wasmUrl = resolveAgainst(wasm, page);
      const worker = await createWorker(opts);
      if (generation !== this._generation || !this.isConnected) {
        worker.dispose();
        return;
      }
      this.worker = worker;
      worker.onOutput((line) => (this._userOutput ? this._userOutput(line) : this._show(line)));
      if (entry) {
        this._entryUrl = resolveAgainst(entry, page);
        try {
          const response = await fetch(this._entryUrl);
          if (!response.ok) throw new Error(`could not fetch entry '${entry}' (${response.status} at ${this._entryUrl})`);
          const src = await response.text();
          await worker.run(src, { baseUrl: this._entryUrl, filename: this._entryUrl.split('/').pop().split(/[?#]/)[0] || 'main.py' });
        } catch (error) {
          this._fail(error);
        }
      }
      this.dispatchEvent(new CustomEvent('ready'));
    } catch (error) {
      this._fail(error);
      throw error;
    }
  }

  _show(line) {
    if (!this._pre) {
      this._pre = document.createElement('pre');
      this._pre.className = 'edge-python-output';
      this.appendChild(this._pre);
    }
    this._pre.textContent += `${line}\n`;
  }

  _fail(error) {
    const box = document.createElement('pre');
    box.className = 'edge-python-error';
    box.setAttribute('role', 'alert');
    box.style.color = '#b00020';
    box.style.whiteSpace = 'pre-wrap';
    box.textContent = error && error.message ? error.message : String(error);
    this.appendChild(box);
    this.dispatchEvent(new CustomEvent('error', { detail: error }));
  }

  // Proxies of the worker (they wait for it while the element is starting).
  async run(src, opts = {}) {
    if (!this.worker || this.worker.disposed) {
      if (!this._starting) throw new Error(this.worker ? 'worker disposed' : '<edge-python> is not connected to a document');
      await this._starting.catch(() => {});
      if (!this.worker || this.worker.disposed) throw new Error('<edge-python> failed to start its worker');
    }
    return this.worker.run(src, { baseUrl: this._entryUrl ?? document.baseURI, ...opts });
  }

  onOutput(handler) {
    this._userOutput = typeof handler === 'function' ? handler : null;
  }
}

// Registers the element under `tag` (it must contain a hyphen, as custom element
// names do). Returns the registered class.
export function defineElement(tag = 'edge-python') {
  if (typeof tag !== 'string' || !tag.includes('-')) {
    throw new Error(`defineElement: custom element names must contain a hyphen, got '${tag}'`);
  }
  if (typeof customElements === 'undefined') {
    throw new Error('defineElement: customElements is not available here (load element.js?setElement=false and use createWorker)');
  }
  const existing = customElements.get(tag);
  if (existing) return existing;
  // A constructor can back one tag only: each tag gets its own subclass.
  const cls = tag === 'edge-python' ? EdgePythonElement : class extends EdgePythonElement {};
  customElements.define(tag, cls);
  return cls;
}

if (new URL(import.meta.url).searchParams.get('setElement') !== 'false' && typeof customElements !== 'undefined') {
  defineElement('edge-python');
}
