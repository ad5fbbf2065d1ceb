// The keychain worker: a child process that makes keytar's native calls, so the parent can kill it when
// the Secret Service hangs (keytar blocks ~25 s per D-Bus call and a JS timeout cannot cut that short).
// Bundled to dist/keychain-worker.js; started by keychain.ts with ELECTRON_RUN_AS_NODE=1.
import { createInterface } from 'node:readline';
import type { KeychainRequest, KeychainResponse } from './keychain-protocol';

type Keytar = typeof import('keytar');

/** keytar is CommonJS: Node's ESM loader exposes it as the default export. */
async function loadKeytar(): Promise<Keytar> {
  const mod = await import('keytar');
  return ((mod as { default?: Keytar }).default ?? mod) as Keytar;
}
const loading = loadKeytar();

function send(response: KeychainResponse): void {
  process.stdout.write(JSON.stringify(response) + '\n');
}

// Request 0 is the handshake: the parent starts its per-call timers only once keytar is loaded, so a slow
// start (a busy machine, a cold disk) is not mistaken for a hung keychain.
loading.then(
  () => send({ id: 0, ok: true }),
  (err: Error) => send({ id: 0, ok: false, code: 'load', message: err.message }),
);

async function handle(req: KeychainRequest): Promise<KeychainResponse> {
  let keytar: Keytar;
  try {
    keytar = await loading;
  } catch (err) {
    return { id: req.id, ok: false, code: 'load', message: (err as Error).message };
  }
  try {
    switch (req.op) {
      case 'get':
        return { id: req.id, ok: true, value: await keytar.getPassword(req.service, req.account) };
      case 'set':
        await keytar.setPassword(req.service, req.account, req.value ?? '');
        return { id: req.id, ok: true };
      case 'delete':
        return { id: req.id, ok: true, deleted: await keytar.deletePassword(req.service, req.account) };
    }
  } catch (err) {
    return { id: req.id, ok: false, code: 'call', message: String((err as Error)?.message ?? err) };
  }
}

let pending = 0;
let ended = false;
// libsecret may keep threads alive, so exit explicitly once the parent is done and every call has answered.
const exitIfDone = () => { if (ended && pending === 0) process.exit(0); };

createInterface({ input: process.stdin, crlfDelay: Infinity }).on('line', (line) => {
  let req: KeychainRequest;
  try {
    req = JSON.parse(line) as KeychainRequest;
  } catch {
    send({ id: -1, ok: false, code: 'request', message: 'malformed request' });
    return;
  }
  pending++;
  void handle(req).then((response) => {
    send(response);
    pending--;
    exitIfDone();
  });
});
process.stdin.on('end', () => { ended = true; exitIfDone(); });
