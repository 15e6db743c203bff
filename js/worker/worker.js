// The Web Worker entry: speaks the postMessage protocol of src/protocol.js and
// forwards to one Engine. Main-thread host calls and lazy host loading go back to the
// page as requests with this side's own ids.
//
// Invariant: every request with a reqId gets exactly one RESPONSE or ERROR; a
// dispose answers, then closes the worker.
import { Engine } from './engine.js';
import { MSG, NO_REPLY, errorToMessage, messageToError } from '../src/protocol.js';

let nextId = 0;
const waiting = new Map(); // worker->page request id -> {resolve, reject}

function ask(message) {
  const reqId = ++nextId;
  return new Promise((resolve, reject) => {
    waiting.set(reqId, { resolve, reject });
    self.postMessage({ ...message, reqId });
  });
}

function answer(data, field) {
  const entry = waiting.get(data.reqId);
  if (!entry) return;
  waiting.delete(data.reqId);
  if (data.error !== undefined) entry.reject(messageToError(data.error));
  else entry.resolve(data[field]);
}

const engine = new Engine({
  hostCall: (module, name, args) => ask({ type: MSG.HOST_CALL, module, name, args }),
  loadHost: (name, url) => ask({ type: MSG.LOAD_HOST, name, url }),
  onOutput: (text) => self.postMessage({ type: MSG.OUTPUT, text }),
});

const handlers = {
  [MSG.LOAD]: (data) => engine.load(data.opts),
  [MSG.RUN]: (data) => engine.run(data),
  [MSG.RESET]: () => engine.reset(),
  [MSG.CLEAR_CACHE]: () => engine.clearCache(),
  [MSG.DISPOSE]: () => {
    engine.dispose();
    for (const entry of waiting.values()) entry.reject(new Error('worker disposed'));
    waiting.clear();
  },
  [MSG.PUSH_EVENT]: (data) => engine.pushEvent(data.message),
  [MSG.HOST_CALL_RESPONSE]: (data) => answer(data, 'value'),
  [MSG.LOAD_HOST_RESPONSE]: (data) => answer(data, 'exports'),
};

self.addEventListener('message', async (event) => {
  const data = event.data ?? {};
  const handler = handlers[data.type];
  if (!handler) {
    self.postMessage({ type: MSG.ERROR, reqId: data.reqId, error: { message: `unknown message type: ${data.type}` } });
    return;
  }
  try {
    const result = await handler(data);
    if (data.reqId !== undefined && !NO_REPLY.has(data.type)) self.postMessage({ type: MSG.RESPONSE, reqId: data.reqId, result });
  } catch (error) {
    if (data.reqId !== undefined) self.postMessage({ type: MSG.ERROR, reqId: data.reqId, error: errorToMessage(error) });
    else console.error(error);
  }
  if (data.type === MSG.DISPOSE) self.close();
});
