// The postMessage protocol between the page (src/index.js) and the worker
// (worker/worker.js): every message type name lives here, so both sides agree by
// construction. docs/embedding.md ("Worker message protocol") documents the fields.
//
// Invariant: main->worker requests carry a `reqId` from the page's counter and are
// answered by exactly one RESPONSE or ERROR with that id; worker->page requests
// (HOST_CALL, LOAD_HOST) carry ids from the worker's own counter.

export const MSG = Object.freeze({
  // page -> worker (requests: answered by RESPONSE / ERROR)
  LOAD: 'load',
  RUN: 'run',
  RESET: 'reset',
  CLEAR_CACHE: 'clearCache',
  DISPOSE: 'dispose',
  // page -> worker (fire-and-forget / answers)
  PUSH_EVENT: 'push-event',
  HOST_CALL_RESPONSE: 'host-call-response',
  LOAD_HOST_RESPONSE: 'load-host-response',
  // worker -> page
  OUTPUT: 'line',
  HOST_CALL: 'host-call',
  LOAD_HOST: 'load-host',
  RESPONSE: 'response',
  ERROR: 'error',
});

// Requests that never get a RESPONSE (answers and fire-and-forget messages).
export const NO_REPLY = new Set([MSG.PUSH_EVENT, MSG.HOST_CALL_RESPONSE, MSG.LOAD_HOST_RESPONSE]);

// Serialises an Error (or anything thrown) for postMessage, keeping the fields the
// page re-attaches (traceback, exitCode, kind).
export function errorToMessage(error) {
  if (error && typeof error === 'object') {
    return {
      message: String(error.message ?? error),
      traceback: error.traceback,
      exitCode: error.exitCode,
      kind: error.kind,
      out: error.out,
      pythonType: error.pythonType,
    };
  }
  return { message: String(error) };
}

// The inverse of errorToMessage: a real Error with the same fields.
export function messageToError(data) {
  const error = new Error(data.message);
  for (const key of ['traceback', 'exitCode', 'kind', 'out', 'pythonType']) {
    if (data[key] !== undefined) error[key] = data[key];
  }
  return error;
}
