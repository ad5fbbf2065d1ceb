// Where JSON.parse stopped, and its complaint without the source text V8 quotes (a config or inventory
// file may hold values that must not reach a message). Shared by the config and the inventory readers.

/** The offset JSON.parse stopped at: V8 says "at position N", or quotes the text around the bad token. */
export function jsonErrorOffset(message: string, text: string): number | undefined {
  const pos = /position (\d+)/.exec(message)?.[1];
  if (pos !== undefined) return Number(pos);
  if (/end of JSON input/.test(message)) return text.length;
  const quoted = /Unexpected token '(.+?)', (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(message);
  const [, token, context] = quoted ?? [];
  if (token === undefined || context === undefined) return undefined;
  const at = text.indexOf(context);
  return at < 0 ? undefined : at + Math.max(0, context.indexOf(token));
}

/** 1-based line and column of an offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
}

/** "Expected ',' or '}' after property value at line 4, column 1": no quoted source, no raw offset. */
export function describeJsonError(text: string, err: Error): string {
  const what = err.message.replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '').replace(/ (?:in JSON )?at position \d+.*$/s, '').trim();
  const offset = jsonErrorOffset(err.message, text);
  if (offset === undefined) return what;
  const { line, column } = lineColumnAt(text, offset);
  return `${what} at line ${line}, column ${column}`;
}
