// Messages between keychain.ts and keychain-worker.ts: one JSON object per line over the worker's
// stdin (requests) and stdout (responses). Values travel only here, never through argv or the environment.

export type KeychainOp = 'get' | 'set' | 'delete';

export interface KeychainRequest {
  id: number;
  op: KeychainOp;
  service: string;
  account: string;
  /** Only for `set`. */
  value?: string;
}

export type KeychainResponse =
  | { id: number; ok: true; value?: string | null; deleted?: boolean }
  /** `code` says which step failed: loading keytar, or the keychain call itself (`message` is keytar's own text). */
  | { id: number; ok: false; code: 'load' | 'call' | 'request'; message: string };
