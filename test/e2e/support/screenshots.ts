// The README's screenshots are the e2e suites' own: `UPDATE_SCREENSHOTS=1 npm test -- test/e2e/<suite>.test.ts`
// copies the chosen steps from test-results/e2e/ into media/screenshots/ (committed). Off by default, so
// ordinary runs leave the working tree alone.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, resultsDir } from './code-server';

/** Copies `{ step: name }` pairs: test-results/e2e/<step>.png → media/screenshots/<name>.png. */
export function publishScreenshots(pairs: Record<string, string>): void {
  const target = join(repoRoot, 'media/screenshots');
  mkdirSync(target, { recursive: true });
  for (const [step, name] of Object.entries(pairs)) {
    const shot = join(resultsDir, `${step}.png`);
    if (existsSync(shot)) copyFileSync(shot, join(target, `${name}.png`));
  }
}
