// Boots the worker with the `page` module and runs counter.py. The run never ends: the
// program waits in receive() for the next click.
import { createWorker } from '../../js/src/index.js';
import { page } from './page.js';

const status = document.querySelector('#status');
try {
  const worker = await createWorker({ mainThreadModules: { page } });
  window.counterWorker = worker;
  worker.onOutput((line) => console.log('[counter.py]', line));
  const src = await (await fetch(new URL('./counter.py', import.meta.url))).text();
  status.textContent = 'running';
  worker.run(src).catch((e) => {
    status.textContent = 'error: ' + e.message;
  });
} catch (e) {
  status.textContent = 'error: ' + e.message;
}
