// Dockerfile moves: the secret becomes `${N}` (closing single quotes around `"${N}"`, where the shell would not
// expand it) and an `ARG N` goes on its own line just above the instruction, in that instruction's stage, never
// inside a `\` continuation. Read with dockerfile-ast, the parser VS Code's Docker support uses.
import { DockerfileParser } from 'dockerfile-ast';
import type { Replacement, TextEditAt } from './env-lookup';

/** The edits for the secrets that can move, and why each other one (by index in `rs`) cannot. */
export function dockerfileEdits(text: string, rs: Replacement[]): { edits: TextEditAt[]; refused: { index: number; reason: string }[] } {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const at = (p: { line: number; character: number }) => (lineStarts[p.line] ?? text.length) + p.character;
  const instructions = DockerfileParser.parse(text).getInstructions().map((ins) => ({ ins, start: at(ins.getRange().start), end: at(ins.getRange().end) }));
  const edits: TextEditAt[] = [];
  const args = new Map<string, TextEditAt>();
  const refused: { index: number; reason: string }[] = [];
  for (const [i, r] of rs.entries()) {
    const why = (reason: string) => refused.push({ index: i, reason });
    const index = instructions.findIndex((i) => r.offset >= i.start && r.offset <= i.end);
    const found = instructions[index];
    if (!found) { why('the secret is not in a Dockerfile instruction the fix can read: move it by hand'); continue; }
    const kw = found.ins.getKeyword();
    const argsText = found.ins.getArgumentsContent() ?? '';
    if (['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'HEALTHCHECK'].includes(kw) && argsText.trimStart().startsWith('[')) {
      why(`${kw} in exec form (a JSON array) expands no variables: use the shell form, or move the secret by hand`);
      continue;
    }
    if (kw === 'CMD' || kw === 'ENTRYPOINT') { why(`${kw} runs when the container starts, where build arguments no longer exist: pass the secret with \`docker run -e\` instead`); continue; }
    const quote = kw === 'RUN' ? shellQuoteAt(text.slice(found.start, r.offset)) : '';
    edits.push({ offset: r.offset, endOffset: r.endOffset, newText: quote === "'" ? `'"\${${r.name}}"'` : `\${${r.name}}` });
    // Declared already in this stage (after its FROM, before this instruction)?
    let stage = index;
    while (stage > 0 && instructions[stage]!.ins.getKeyword() !== 'FROM') stage--;
    const declared = instructions.slice(stage, index).some((i) => i.ins.getKeyword() === 'ARG' && (i.ins.getArgumentsContent() ?? '').split(/\s+/).some((a) => a.split('=')[0] === r.name));
    const key = `${found.start}:${r.name}`;
    if (!declared && !args.has(key)) {
      const lineStart = lineStarts[found.ins.getRange().start.line]!;
      args.set(key, { offset: lineStart, endOffset: lineStart, newText: `ARG ${r.name}\n` });
    }
  }
  return { edits: [...edits, ...args.values()], refused };
}

/** The shell quote open at the end of `s` ('', "'" or '"'), reading escapes and both quote kinds. */
function shellQuoteAt(s: string): string {
  let q = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q === "'") { if (c === "'") q = ''; continue; }
    if (c === '\\') { i++; continue; }
    if (c === '"') q = q === '"' ? '' : '"';
    else if (c === "'" && q === '') q = "'";
  }
  return q;
}
