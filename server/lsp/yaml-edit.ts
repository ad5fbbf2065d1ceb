// YAML moves: the loader's reference where the secret was, keeping the quotes around a quoted value; a plain
// value inside a flow collection (`{ a: b }`, `[a, b]`), where `${` would open a new map, or one that would then
// start with an indicator (Ansible's `{{ … }}` would read as a map), becomes double-quoted.
import { isCollection, isScalar, parseAllDocuments, visit, type Scalar } from 'yaml';
import type { Replacement, TextEditAt } from './env-lookup';

export function yamlEdit(text: string, r: Replacement, ref: string): TextEditAt | string {
  let found: { node: Scalar; flow: boolean } | undefined;
  const docs = parseAllDocuments(text);
  for (const doc of Array.isArray(docs) ? docs : []) {
    visit(doc, {
      Scalar(_key, node, path) {
        const [start, end] = node.range ?? [0, 0];
        if (r.offset >= start && r.endOffset <= end) found = { node, flow: path.some((p) => isCollection(p) && p.flow === true) };
      },
    });
  }
  if (!found || !isScalar(found.node)) return { offset: r.offset, endOffset: r.endOffset, newText: ref };
  const [start, end] = found.node.range!;
  const value = text.slice(start, r.offset) + ref + text.slice(r.endOffset, end);
  if (found.node.type === 'PLAIN' && (found.flow || /^[[\]{}&*!|>'"%@`,#]/.test(value))) {
    return { offset: start, endOffset: end, newText: JSON.stringify(value) };
  }
  return { offset: r.offset, endOffset: r.endOffset, newText: ref };
}
