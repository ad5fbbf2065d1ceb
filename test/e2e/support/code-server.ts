// Starts a real VS Code (code-server, installed by test/e2e/install-code-server.sh) on a free loopback port,
// with throwaway user-data, extensions and HOME folders, the packaged .vsix installed, and a quiet workbench.
// One instance per suite; `stop()` ends it by its process group (it leaves extension hosts behind otherwise).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '../../..');
/** Screenshots and logs of e2e runs (git-ignored). */
export const resultsDir = join(repoRoot, 'test-results/e2e');

export interface CodeServer {
  url: string;
  /** Throwaway folder holding user data, extensions, HOME and the server log. */
  dir: string;
  /** code-server's stdout+stderr (the extension host's errors show up here too); until stop(), which copies it
   * to test-results/e2e/<suite>-logs/. */
  logFile: string;
  /** URL that opens the workbench on `folder`. */
  folderUrl(folder: string): string;
  /** PIDs of the running Keywarden language servers of this instance (one, normally). */
  languageServerPids(): number[];
  /** The Keywarden output channel so far ('' before the extension logs anything). */
  extensionLog(): string;
  stop(): Promise<void>;
}

const quietSettings = {
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'editor.hover.delay': 200,
  'editor.minimap.enabled': false,
  // The demo project's dependencies are not installed: TypeScript's own "cannot find module" squiggles
  // would crowd Keywarden's.
  'typescript.validate.enable': false,
  'javascript.validate.enable': false,
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
};

/** Installs code-server if needed (a fast no-op when it is), installs the .vsix, starts the server. */
export async function startCodeServer(vsix: string): Promise<CodeServer> {
  execFileSync('bash', [join(repoRoot, 'test/e2e/install-code-server.sh')], { stdio: 'inherit' });
  // Node 24 and code-server's entry point, as the install script pinned them.
  const { node: node24, codeServer: entry } = JSON.parse(readFileSync(join(repoRoot, '.cache/e2e/paths.json'), 'utf8')) as { node: string; codeServer: string };
  const dir = mkdtempSync(join(tmpdir(), 'kw-code-server-'));
  const userData = join(dir, 'user-data');
  const extensions = join(dir, 'extensions');
  const home = join(dir, 'home');
  for (const d of [join(userData, 'User'), extensions, home]) mkdirSync(d, { recursive: true });
  writeFileSync(join(userData, 'User/settings.json'), JSON.stringify(quietSettings, null, 2));
  // HOME/XDG point into the throwaway folder so nothing leaks between runs; DBUS_SESSION_BUS_ADDRESS is
  // kept, so the extension reaches the same private gnome-keyring as the test process (test/with-keyring.sh).
  const env = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local/share'),
    XDG_CACHE_HOME: join(home, '.cache'),
  };
  const base = ['--user-data-dir', userData, '--extensions-dir', extensions];
  // A private copy: another suite may replace the shared .vsix while this one installs it.
  const vsixCopy = join(dir, 'keywarden.vsix');
  try {
    copyFileSync(vsix, vsixCopy);
    execFileSync(node24, [entry, ...base, '--install-extension', vsixCopy], { env, stdio: 'pipe', timeout: 120_000 });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }

  const port = await freePort();
  const logFile = join(dir, 'code-server.log');
  const out = openSync(logFile, 'a');
  const child = spawn(
    node24,
    [entry, ...base, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry',
      '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override'],
    { env, stdio: ['ignore', out, out], detached: true },
  );
  closeSync(out);
  const url = `http://127.0.0.1:${port}`;
  const stop = () => stopGroup(child, dir);
  try {
    await waitForHealth(url, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    dir,
    logFile,
    folderUrl: (folder) => `${url}/?folder=${encodeURIComponent(folder)}`,
    languageServerPids: () => processesRunning(join(extensions, 'keywarden.keywarden-')),
    extensionLog: () => readLogs(join(userData, 'logs'), 'Keywarden.log'),
    stop,
  };
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with code ${child.exitCode} before it was ready`);
    const ok = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs / 1000} s`);
}

/** Ends code-server and its children (extension host, language server) by the process group we started. */
async function stopGroup(child: ChildProcess, dir: string): Promise<void> {
  const pid = child.pid;
  if (pid !== undefined && child.exitCode === null) {
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    signalGroup(pid, 'SIGTERM');
    const timedOut = await Promise.race([exited.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), 5000))]);
    if (timedOut) signalGroup(pid, 'SIGKILL');
  }
  // Children that outlived the parent are in the same group.
  if (pid !== undefined) signalGroup(pid, 'SIGKILL');
  // Keep the logs (code-server's, the extension hosts', the Keywarden output channel) for a failed run,
  // per suite: test files run in parallel.
  const logs = join(resultsDir, `${suiteName()}-logs`);
  rmSync(logs, { recursive: true, force: true });
  mkdirSync(logs, { recursive: true });
  copyFileSync(join(dir, 'code-server.log'), join(logs, 'code-server.log'));
  cpSync(join(dir, 'user-data/logs'), logs, { recursive: true });
  rmSync(dir, { recursive: true, force: true });
}

/** PIDs whose command line mentions `dist/server.js` under `extensionPrefix` (Linux /proc). */
function processesRunning(extensionPrefix: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let cmdline = '';
    try {
      cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    if (cmdline.includes(extensionPrefix) && cmdline.includes('/dist/server.js')) pids.push(Number(entry));
  }
  return pids;
}

/** Concatenates every file called `name` under `dir` (VS Code keeps one log folder per window session). */
function readLogs(dir: string, name: string): string {
  if (!existsSync(dir)) return '';
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => basename(f) === name)
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('');
}

/** `editor` for test/e2e/editor.test.ts: node:test runs each test file as its own process. */
function suiteName(): string {
  return basename(process.argv[1] ?? 'e2e').replace(/\.test\.ts$/, '');
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}
