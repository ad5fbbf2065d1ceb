// Moving hardcoded secrets into the vault is a lifecycle event: the transaction every move goes through (the
// editor's quick fixes, one or all, any LSP client, and `keywarden import`).
//
//   prepare: look each value up in git history (exposure.ts), then under the inventory lock store each value
//            and read it back, write the `.env` lines (the value, or a keychain: reference), record the keys
//            (provider, environment, owner, dates, origin, exposure); git-ignore `.env`;
//   the caller applies its edit (the editor's WorkspaceEdit, or import's rewrite of `.env`);
//   commit:  append the audit entry (append-only, so only once the move is final);
//   rollback: undo exactly what prepare did, and say what could not be undone.
import { promises as fs } from 'node:fs';
import { join, relative } from 'node:path';
import { UserError } from '../errors';
import { appendAudit, type AuditAction } from './audit';
import { crashPoint } from './crash';
import { keychainReference, parseDotenv, upsertDotenv } from './dotenv';
import { findExposures, type ExposureCheck } from './exposure';
import { ensureGitignored, gitUser, isGitTracked } from './git';
import { findKey, updateInventory, type KeyRecord } from './inventory';
import { newRecord, storeVerified } from './lifecycle';
import type { StoreKind } from './store';
import type { Vault } from './vault';

export interface MoveItem {
  /** The environment variable name: the keychain account and the `.env` key. */
  name: string;
  value: string;
  /** Provider from the rule that found it. */
  provider: string;
  /** From the rule (live → production, test → development) or asked; development when unknown. */
  environment: string;
  /** Where it was hardcoded: file relative to the project, 1-based line. */
  origin?: { file: string; line: number };
}

export interface MoveOptions {
  target: StoreKind;
  /** The caller writes the `.env` lines itself (the document being fixed is that `.env`; import rewrites it last). */
  callerWritesDotenv?: boolean;
  /** Recorded owner; the git user by default. */
  owner?: string;
  /** The audit entry's action and where the move came from (`vscode`, `lsp`, `cli`). */
  audit: { action: Extract<AuditAction, 'move' | 'import'>; via: string; details?: Record<string, string> };
  exposureTimeoutMs?: number;
}

export interface MoveOutcome {
  /** The inventory records, one per distinct name, as written. */
  records: KeyRecord[];
  /** Names whose value git history holds. */
  exposed: string[];
  /** Why history could not be fully searched, when it could not. */
  historyUnchecked?: string;
}

/** The environment a rule's hint implies. */
export function environmentFromHint(hint: 'live' | 'test' | 'unknown' | undefined): string {
  return hint === 'live' ? 'production' : 'development';
}

export class MoveTransaction {
  private readonly createdAccounts: string[] = [];
  private readonly files = new Map<string, Buffer | undefined>();
  /** Inventory entries as they were before prepare changed them (undefined: there was none). */
  private readonly before = new Map<string, KeyRecord | undefined>();
  private outcome: MoveOutcome | undefined;

  constructor(private readonly vault: Vault, private readonly opts: MoveOptions) {}

  async prepare(items: MoveItem[]): Promise<MoveOutcome> {
    const { vault, opts } = this;
    const unique = [...new Map(items.map((i) => [i.name, i])).values()];
    if (opts.target === 'dotenv' && !opts.callerWritesDotenv && (await isGitTracked(vault.root, vault.dotenvFile))) {
      throw new UserError('.env is tracked by git, so a secret written there would be committed',
        'untrack it (git rm --cached .env) and rotate any key it held, or move the secret to the OS keychain');
    }
    const history: ExposureCheck = await findExposures(vault.root, unique.map((i) => i.value), opts.exposureTimeoutMs);
    const owner = opts.owner ?? (await gitUser(vault.root));
    const records = await updateInventory(vault.root, async (inv) => {
      for (const it of unique) {
        const existing = findKey(inv, it.name);
        if (existing && existing.status !== 'revoked' && !vault.matches(it.value, existing.fingerprint)) {
          throw new UserError(`${it.name} is already in the inventory with another value`, 'choose another name, or rotate that key');
        }
      }
      await this.store(unique);
      const out: KeyRecord[] = [];
      for (const it of unique) {
        const existing = findKey(inv, it.name);
        this.before.set(it.name, existing && structuredClone(existing));
        if (existing && existing.status !== 'revoked') {
          // The same value again (a re-run, or from .env to the keychain): the record stays, its storage follows.
          existing.storage = opts.target;
          existing.origin ??= it.origin;
          existing.exposed ??= history.found.get(it.value);
          out.push(existing);
          continue;
        }
        const rec = newRecord(vault, {
          name: it.name, provider: it.provider, environment: it.environment, owner, storage: opts.target,
        }, it.value, { exposed: history.found.get(it.value), origin: it.origin });
        if (existing) inv.keys[inv.keys.indexOf(existing)] = rec;
        else inv.keys.push(rec);
        out.push(rec);
      }
      return out;
    });
    await this.snapshot(join(vault.root, '.gitignore'));
    await ensureGitignored(vault.root, this.relativeDotenv());
    this.outcome = {
      records,
      exposed: unique.filter((i) => history.found.has(i.value)).map((i) => i.name),
      historyUnchecked: history.complete ? undefined : history.reason,
    };
    return this.outcome;
  }

  /** The move is final: one audit entry for it. */
  async commit(): Promise<void> {
    const { vault, opts, outcome } = this;
    if (!outcome) return;
    await appendAudit(vault.root, {
      action: opts.audit.action,
      names: outcome.records.map((r) => r.name),
      details: { storage: opts.target, via: opts.audit.via, exposed: outcome.exposed.length, ...opts.audit.details },
    }, vault.now());
  }

  /** Undoes the stores, file writes and inventory changes; returns '' or a sentence about what is left. */
  async rollback(): Promise<string> {
    const left: string[] = [];
    const keychain = this.createdAccounts.length ? this.vault.keychain() : undefined;
    for (const account of this.createdAccounts.reverse()) {
      try {
        await keychain!.delete(account);
      } catch {
        left.push(`the keychain entry ${account} (service ${this.vault.service})`);
      }
    }
    for (const [file, bytes] of this.files) {
      try {
        if (bytes === undefined) await fs.rm(file, { force: true });
        else await fs.writeFile(file, bytes);
      } catch {
        left.push(file);
      }
    }
    if (this.before.size > 0) {
      try {
        await updateInventory(this.vault.root, (inv) => {
          for (const [name, was] of this.before) {
            const i = inv.keys.findIndex((k) => k.name === name);
            if (was && i >= 0) inv.keys[i] = was;
            else if (was) inv.keys.push(was);
            else if (i >= 0) inv.keys.splice(i, 1);
          }
        });
      } catch {
        left.push(`the inventory entries ${[...this.before.keys()].join(', ')}`);
      }
    }
    return left.length ? ` Undoing failed for: ${left.join(', ')}; remove them by hand.` : '';
  }

  /** Keychain: store and verify each new account. `.env`: the value or the reference, unless the caller writes it. */
  private async store(items: MoveItem[]): Promise<void> {
    const { vault, opts } = this;
    if (opts.target === 'keychain') {
      const keychain = vault.keychain();
      for (const it of items) {
        const stored = await keychain.get(it.name);
        if (stored === it.value) continue;
        if (stored !== undefined) throw new UserError(`the keychain already holds another value under ${it.name}`, 'choose another name');
        this.createdAccounts.push(it.name);
        await storeVerified(keychain, it.name, it.value);
        crashPoint('after-store');
      }
    }
    if (opts.callerWritesDotenv) return;
    const env = parseDotenv((await readIfExists(vault.dotenvFile))?.toString('utf8') ?? '');
    const lines = items
      .map((it) => ({ name: it.name, line: opts.target === 'keychain' ? keychainReference(it.name) : it.value }))
      .filter((l) => env[l.name] !== l.line);
    if (lines.length === 0) return;
    await this.snapshot(vault.dotenvFile);
    for (const l of lines) await upsertDotenv(vault.dotenvFile, l.name, l.line);
  }

  private relativeDotenv(): string {
    const rel = relative(this.vault.root, this.vault.dotenvFile).split('\\').join('/');
    return rel && !rel.startsWith('..') ? rel : '.env';
  }

  private async snapshot(file: string): Promise<void> {
    if (!this.files.has(file)) this.files.set(file, await readIfExists(file));
  }
}

async function readIfExists(file: string): Promise<Buffer | undefined> {
  try {
    return await fs.readFile(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UserError(`cannot read ${file} (${(err as NodeJS.ErrnoException).code})`, 'check its permissions');
  }
}
