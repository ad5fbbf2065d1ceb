// The built bundles copied where no node_modules holds keytar: a platform whose keytar binary is missing or
// fails to load (a .vsix built for another OS or CPU, a CLI installed where keytar could not build).
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repo } from './ship';

/** The install folder (holding dist/), and the environment to run it in (no NODE_PATH that could find keytar). */
export function installWithoutKeytar(): { dist: string; env: NodeJS.ProcessEnv } {
  const install = mkdtempSync(join(tmpdir(), 'kw-no-keytar-'));
  for (const f of readdirSync(join(repo, 'dist')).filter((f) => f.endsWith('.js'))) cpSync(join(repo, 'dist', f), join(install, 'dist', f));
  cpSync(join(repo, 'dist/tree-sitter'), join(install, 'dist/tree-sitter'), { recursive: true });
  const env = { ...process.env };
  delete env.NODE_PATH;
  return { dist: join(install, 'dist'), env };
}
