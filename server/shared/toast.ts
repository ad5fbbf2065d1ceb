// A message the server shows: its first line is the toast, the lines after it are the details (the VS Code
// extension shows them behind a "Details" button; other editors show the whole message).

/** Joins a one-line headline and its details (nothing after the headline when there are none). */
export function withDetails(line: string, details: string): string {
  const rest = details.trim();
  return rest ? `${line}\n${rest}` : line;
}

/** The headline and the details of a message, as withDetails wrote them. */
export function toastParts(message: string): { line: string; details: string } {
  const at = message.indexOf('\n');
  return at < 0 ? { line: message, details: '' } : { line: message.slice(0, at), details: message.slice(at + 1).trim() };
}
