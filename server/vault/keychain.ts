// The OS keychain as a SecretStore. keytar runs in a child process (keychain-worker.ts) that is killed when a
// call takes too long, so a hung Secret Service never hangs the CLI, the language server or the editor.
// Requests go over the worker's stdin: a value never reaches argv or the environment.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Socket } from 'node:net';
import { createInterface } from 'node:readline';
import { UserError } from '../errors';
import type { SecretStore } from './store';
import type { KeychainOp, KeychainRequest, KeychainResponse } from './keychain-protocol';

export const DEFAULT_KEYCHAIN_TIMEOUT_MS = 3000;
/** How long an idle worker is kept for the next call (batches such as `run` and `import` reuse one). */
const DEFAULT_IDLE_MS = 2000;
/** Starting Node and loading keytar; separate from the per-call bound, which is about the keychain itself. */
const STARTUP_TIMEOUT_MS = 15_000;
const FALLBACK = 'or keep the secret in .env instead';

export interface KeychainOptions {
  /** The keychain service, `keywarden:<project>:<id>` (see keychainService). */
  service: string;
  /** Per call, including starting the worker. */
  timeoutMs?: number;
  /** The bundled worker; found next to the running bundle by default. */
  workerPath?: string;
  /** The environment the worker sees (the D-Bus address); process.env by default. */
  env?: NodeJS.ProcessEnv;
  idleMs?: number;
}

export interface KeychainStore extends SecretStore {
  readonly kind: 'keychain';
  readonly service: string;
  /** Stops the worker now (it also stops by itself when idle and never keeps the process alive). */
  close(): void;
}

/**
 * The keychain itself failed (no service, locked, hung, helper missing or dead), as opposed to a refused name
 * or value: callers offer the .env fallback on this type, never by matching the message. `remedy` is what
 * brings the keychain back; a caller with a better fallback than "keep it in .env" words its own advice.
 */
export class KeychainUnavailableError extends UserError {
  constructor(message: string, readonly remedy: string) {
    super(message, `${remedy}, ${FALLBACK}`);
    this.name = 'KeychainUnavailableError';
  }
}

/**
 * A project's keychain service: `keywarden:<name>:<id>`, the id from `.keywarden/project.json` so that
 * same-named folders never share one. Without an id, the form older versions used, `keywarden:<name>`.
 */
export function keychainService(project: string, id?: string): string {
  return id ? `keywarden:${project}:${id}` : `keywarden:${project}`;
}

/** dist/keychain-worker.js beside the running bundle; from source (tsx, tests) the built one in the repo. */
export function resolveWorkerPath(): string {
  const candidates = [join(__dirname, 'keychain-worker.js'), resolve(__dirname, '../../dist/keychain-worker.js')];
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new KeychainUnavailableError('the keychain helper (dist/keychain-worker.js) is missing', `rebuild with \`npm run build\``);
  }
  return found;
}

/**
 * Checks the environment before starting anything, on Linux only (elsewhere the keychain is part of the OS):
 * a session bus address that leads to a socket. Returns the error to show, or undefined when it looks usable.
 */
export function checkKeychainEnvironment(env: NodeJS.ProcessEnv = process.env, platform = process.platform): UserError | undefined {
  if (platform !== 'linux') return undefined;
  const address = env.DBUS_SESSION_BUS_ADDRESS;
  if (!address) {
    // GLib falls back to $XDG_RUNTIME_DIR/bus, then to X11 autolaunch.
    if (env.XDG_RUNTIME_DIR && isSocket(join(env.XDG_RUNTIME_DIR, 'bus'))) return undefined;
    if (env.DISPLAY) return undefined;
    return noService('there is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)');
  }
  const paths = address.split(';').filter(Boolean).map((a) => /^unix:(?:.*,)?path=([^,]+)/.exec(a)?.[1]);
  // Only plain socket paths can be checked; abstract sockets and tcp addresses are left to the call itself.
  if (paths.length > 0 && paths.every((p) => p !== undefined && !isSocket(decodeURIComponent(p)))) {
    return noService('the D-Bus session bus address points to no socket');
  }
  return undefined;
}

function isSocket(path: string): boolean {
  try {
    return statSync(path).isSocket();
  } catch {
    return false;
  }
}

function noService(why: string): KeychainUnavailableError {
  return new KeychainUnavailableError(
    `no keychain service is reachable: ${why}`,
    'start your desktop keyring (gnome-keyring / KWallet) in a desktop session',
  );
}

/** Turns keytar's own message (which never contains a value) into an error that says what to do. */
function keychainError(message: string): UserError {
  if (/autolaunch|DBUS_SESSION_BUS_ADDRESS/i.test(message)) return noService('there is no D-Bus session bus');
  if (/Could not connect|Connection refused|No such file/i.test(message)) return noService('the D-Bus session bus does not answer');
  if (/not provided by any \.service files|ServiceUnknown|org\.freedesktop\.secrets/i.test(message)) {
    return new KeychainUnavailableError(
      'no keychain service is running: nothing provides the Secret Service (org.freedesktop.secrets)',
      'start your desktop keyring (gnome-keyring / KWallet)',
    );
  }
  if (/locked|Object does not exist at path|prompt|dismissed/i.test(message)) {
    return new KeychainUnavailableError('the keychain is locked', 'unlock your keyring (log in to the desktop session or open Passwords and Keys)');
  }
  if (/Timeout was reached/i.test(message)) return hung();
  return new KeychainUnavailableError(`the keychain refused the request: ${message}`, 'check your keyring');
}

function loadError(message: string): UserError {
  return new KeychainUnavailableError(`the keychain library (keytar) could not be loaded: ${message}`, `install Keywarden's build for this platform (the extension's package for your OS and CPU; for the CLI, \`npm install -g keywarden\` where keytar can build: libsecret-1-dev and a C++ toolchain on Linux)`);
}

function hung(ms?: number): UserError {
  return new KeychainUnavailableError(
    `the keychain did not answer${ms ? ` within ${(ms / 1000).toFixed(1)} s` : ''}: the keyring service seems hung`,
    'restart your desktop keyring (gnome-keyring / KWallet)',
  );
}

interface Pending {
  resolve(response: KeychainResponse & { ok: true }): void;
  reject(err: Error): void;
  timer: NodeJS.Timeout;
}

/** One worker process, started on demand, reused while calls keep coming, killed on timeout. */
class Worker {
  private child: ChildProcess | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | undefined;
  /** Requests waiting for the worker's handshake (request 0). */
  private queue: Array<{ send(): void; reject(err: Error): void }> = [];
  private ready = false;
  private startTimer: NodeJS.Timeout | undefined;

  constructor(private readonly opts: Required<Omit<KeychainOptions, 'service' | 'workerPath'>> & { workerPath: string }) {}

  call(req: Omit<KeychainRequest, 'id'>): Promise<KeychainResponse & { ok: true }> {
    const child = this.ensure();
    const id = this.nextId++;
    clearTimeout(this.idleTimer);
    this.setRef(true);
    return new Promise((resolvePromise, reject) => {
      const send = () => {
        const timer = setTimeout(() => this.fail(hung(this.opts.timeoutMs)), this.opts.timeoutMs);
        this.pending.set(id, { resolve: resolvePromise, reject, timer });
        child.stdin!.write(JSON.stringify({ ...req, id }) + '\n');
      };
      if (this.ready) send();
      else this.queue.push({ send, reject });
    });
  }

  close(): void {
    clearTimeout(this.idleTimer);
    clearTimeout(this.startTimer);
    const child = this.child;
    this.child = undefined;
    this.ready = false;
    child?.kill('SIGKILL');
  }

  private ensure(): ChildProcess {
    if (this.child) return this.child;
    const child = spawn(process.execPath, [this.opts.workerPath], {
      // So it also runs as plain Node inside VS Code's Electron extension host.
      env: { ...this.opts.env, ELECTRON_RUN_AS_NODE: '1' },
      stdio: ['pipe', 'pipe', 'ignore'],
      windowsHide: true,
    });
    this.child = child;
    this.startTimer = setTimeout(() => this.fail(new KeychainUnavailableError(
      `the keychain helper did not start within ${STARTUP_TIMEOUT_MS / 1000} s`, 'try again')), STARTUP_TIMEOUT_MS);
    createInterface({ input: child.stdout!, crlfDelay: Infinity }).on('line', (line) => this.receive(line));
    child.on('error', (err) => this.fail(new KeychainUnavailableError(`could not start the keychain helper: ${err.message}`, 'try again')));
    child.on('exit', () => {
      // A worker killed on purpose has already been replaced or failed its calls.
      if (this.child !== child) return;
      this.child = undefined;
      this.fail(new KeychainUnavailableError('the keychain helper stopped unexpectedly', 'try again'));
    });
    child.stdin!.on('error', () => { /* reported through 'exit' */ });
    return child;
  }

  private receive(line: string): void {
    let response: KeychainResponse;
    try {
      response = JSON.parse(line) as KeychainResponse;
    } catch {
      return;
    }
    if (response.id === 0) return this.handshake(response);
    const p = this.pending.get(response.id);
    if (!p) return;
    this.pending.delete(response.id);
    clearTimeout(p.timer);
    if (response.ok) p.resolve(response);
    else if (response.code === 'load') p.reject(loadError(response.message));
    else p.reject(keychainError(response.message));
    if (this.pending.size === 0) this.idle();
  }

  private handshake(response: KeychainResponse): void {
    clearTimeout(this.startTimer);
    if (!response.ok) {
      this.fail(loadError(response.message));
      return;
    }
    this.ready = true;
    const queued = this.queue;
    this.queue = [];
    for (const q of queued) q.send();
  }

  /** Rejects every pending and queued call and kills the worker: on timeout, and when the worker dies. */
  private fail(err: Error): void {
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(err);
    }
    this.pending.clear();
    for (const q of this.queue) q.reject(err);
    this.queue = [];
    this.close();
  }

  private idle(): void {
    this.setRef(false);
    this.idleTimer = setTimeout(() => this.close(), this.opts.idleMs);
    this.idleTimer.unref();
  }

  /** An idle worker must not keep the CLI alive. */
  private setRef(on: boolean): void {
    const child = this.child;
    if (!child) return;
    const method = on ? 'ref' : 'unref';
    child[method]();
    (child.stdin as unknown as Socket | null)?.[method]?.();
    (child.stdout as unknown as Socket | null)?.[method]?.();
  }
}

/** Stores of several services in one process (a project's, its older one, the device key) share a worker. */
const workers = new WeakMap<NodeJS.ProcessEnv, Map<string, Worker>>();

function sharedWorker(env: NodeJS.ProcessEnv, options: KeychainOptions): Worker {
  const opts = {
    env,
    timeoutMs: options.timeoutMs ?? DEFAULT_KEYCHAIN_TIMEOUT_MS,
    idleMs: options.idleMs ?? DEFAULT_IDLE_MS,
    workerPath: options.workerPath ?? resolveWorkerPath(),
  };
  const key = `${opts.workerPath}\0${opts.timeoutMs}\0${opts.idleMs}`;
  const byOptions = workers.get(env) ?? new Map<string, Worker>();
  workers.set(env, byOptions);
  let worker = byOptions.get(key);
  if (!worker) byOptions.set(key, (worker = new Worker(opts)));
  return worker;
}

export function createKeychainStore(options: KeychainOptions): KeychainStore {
  const env = options.env ?? process.env;
  let worker: Worker | undefined;
  const call = async (op: KeychainOp, account: string, value?: string) => {
    const blocked = checkKeychainEnvironment(env);
    if (blocked) throw blocked;
    worker ??= sharedWorker(env, options);
    return worker.call({ op, service: options.service, account, value });
  };
  return {
    kind: 'keychain',
    service: options.service,
    async get(name) {
      return (await call('get', name)).value ?? undefined;
    },
    async set(name, value) {
      if (value === '') throw new UserError(`${name} has an empty value, which the keychain cannot store`, 'give the key a value');
      await call('set', name, value);
    },
    async delete(name) {
      return (await call('delete', name)).deleted === true;
    },
    close() {
      worker?.close();
    },
  };
}
