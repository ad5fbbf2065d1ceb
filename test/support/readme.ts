// Snippets the README shows users, read from it so the tests run what users copy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The first ```lang block after the first line that contains `after`. */
export function readmeBlock(lang: string, after: string): string {
  const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
  const from = readme.indexOf(after);
  if (from < 0) throw new Error(`README.md has no "${after}"`);
  const block = new RegExp('^```' + lang + '\\n([\\s\\S]*?)^```$', 'm').exec(readme.slice(from));
  if (!block) throw new Error(`README.md has no \`\`\`${lang} block after "${after}"`);
  return block[1]!;
}
