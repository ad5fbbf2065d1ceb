// "Ignore this finding": a `keywarden:ignore` comment in the file's own comment syntax, at the end of the
// line where a trailing comment is safe (server/languages.ts says where), else `keywarden:ignore-next-line`
// on the line above: in .env, Dockerfile, .properties, INI, XML… a trailing `#` would become part of the value.
import type { TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ignoreComment } from '../detect/suppression';
import { trailingCommentSafe } from '../languages';

const JSX = new Set(['javascriptreact', 'typescriptreact']);

/** The edit that suppresses the finding at `offset`, or undefined when the format has no comments (JSON). */
export function ignoreEdit(doc: TextDocument, key: string, offset: number, literal?: { offset: number; endOffset: number }): TextEdit | undefined {
  const line = doc.positionAt(offset).line;
  const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const content = text.replace(/\r?\n$/, '');
  const lineEnd = doc.offsetAt({ line, character: content.length });
  const literalEnd = literal?.endOffset;
  if (literal && JSX.has(doc.languageId) && /<[A-Za-z]/.test(doc.getText({ start: { line, character: 0 }, end: doc.positionAt(literal.offset) }))) {
    // A JSX attribute: `//` would render as text, but a block comment between attributes is valid.
    const at = doc.positionAt(literal.endOffset);
    return { range: { start: at, end: at }, newText: ' /* keywarden:ignore */' };
  }
  const trailing = trailingCommentSafe(doc.languageId) && !content.trimEnd().endsWith('\\') && (literalEnd === undefined || literalEnd <= lineEnd);
  if (trailing) {
    const comment = ignoreComment(key, 'line');
    if (!comment) return undefined;
    const end = content.trimEnd().length;
    return { range: { start: { line, character: end }, end: { line, character: content.length } }, newText: ` ${comment}` };
  }
  const comment = ignoreComment(key, 'next-line');
  if (!comment) return undefined;
  const indent = /^[ \t]*/.exec(content)![0];
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${comment}\n` };
}
