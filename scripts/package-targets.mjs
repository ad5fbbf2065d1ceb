// `npm run package:targets`: the per-platform .vsix (`vsce package --target …`) for each target whose keytar
// binary can be had here, and for every other target, why not. keytar's npm package ships no prebuilt
// binary (its prebuilds are GitHub release assets, and only the npm registry and Debian are reachable from
// the build machines), so the one binary there is node_modules/keytar/build/Release/keytar.node, built from
// source by `npm ci` for this machine: the host's target is built, the others are built on their own OS/CPU.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const TARGETS = ['linux-x64', 'linux-arm64', 'linux-armhf', 'alpine-x64', 'alpine-arm64', 'darwin-x64', 'darwin-arm64', 'win32-x64', 'win32-arm64'];
const BINARY = 'node_modules/keytar/build/Release/keytar.node';

/** This machine as a vsce target: musl Linux is `alpine-*`, 32-bit ARM Linux `linux-armhf`. */
function hostTarget() {
  const arch = process.arch === 'arm' ? 'armhf' : process.arch;
  if (process.platform !== 'linux') return `${process.platform}-${arch}`;
  const glibc = process.report.getReport().header.glibcVersionRuntime;
  return `${glibc ? 'linux' : 'alpine'}-${arch}`;
}

function keytarLoads() {
  if (!existsSync(BINARY)) return `${BINARY} is missing (npm ci builds it: libsecret-1-dev and a C++ toolchain)`;
  try {
    createRequire(import.meta.url)(`./../${BINARY}`);
    return undefined;
  } catch (err) {
    return `${BINARY} does not load here: ${err.message.split('\n')[0]}`;
  }
}

const host = hostTarget();
const problem = keytarLoads();
if (problem) {
  console.error(`package:targets: cannot build ${host}: ${problem}`);
  process.exit(1);
}
execFileSync('node', ['esbuild.mjs', '--production'], { stdio: 'inherit' });
const out = `dist/keywarden-${host}.vsix`;
const vsce = spawnSync('npx', ['--no-install', 'vsce', 'package', '--target', host, '--no-rewrite-relative-links', '-o', out], { stdio: 'inherit' });
if (vsce.status !== 0) process.exit(vsce.status ?? 1);
console.log(`\nBuilt: ${host} → ${out} (with the keytar binary npm ci gave this machine)`);
console.log('Not built here (each needs its own keytar binary, which only a build on that OS and CPU gives; keytar\'s npm package carries none):');
for (const t of TARGETS.filter((t) => t !== host)) console.log(`  ${t}: run \`npm ci && npm run package:targets\` on ${t}`);
