// A step the user can take next, named the way their client offers it: the CLI as a command line, the editor
// as its command (command palette, or the key's menu in the Keys view). The vault's errors carry the step;
// the CLI and the language server each render it (UserError.hintFor).

export type Client = 'cli' | 'editor';

/** Advice that names a step: one text per client. A plain string reads the same in both. */
export type Wording = string | { readonly cli: string; readonly editor: string };

export function worded(wording: Wording, client: Client): string {
  return typeof wording === 'string' ? wording : wording[client];
}

/** `say\`rotate it with ${steps.rotate(name)}\``: one sentence around steps, worded for each client. */
export function say(parts: TemplateStringsArray, ...steps: Wording[]): Wording {
  const text = (client: Client) => parts.reduce((out, part, i) => out + worded(steps[i - 1] ?? '', client) + part);
  return { cli: text('cli'), editor: text('editor') };
}

const editorCommand = (title: string, name?: string) => `Keywarden: ${title}${name ? ` on ${name} (command palette, or the key's menu in the Keys view)` : ' (command palette)'}`;

export const steps = {
  rotate: (name: string): Wording => ({ cli: `\`keywarden rotate ${name}\``, editor: editorCommand('Rotate…', name) }),
  finishRotation: (name: string): Wording => ({ cli: `\`keywarden rotate ${name} --finish\``, editor: editorCommand('Finish Rotation', name) }),
  resume: (name: string): Wording => ({ cli: `\`keywarden resume ${name}\``, editor: editorCommand('Resume', name) }),
  reveal: (name: string): Wording => ({ cli: `\`keywarden keys reveal ${name}\``, editor: editorCommand('Copy Value', name) }),
  revoke: (name: string): Wording => ({ cli: `\`keywarden revoke ${name} --reason "leaked in CI logs"\``, editor: editorCommand('Revoke…', name) }),
  addKey: (): Wording => ({ cli: '`keywarden keys add`', editor: editorCommand('Add Key…') }),
  listKeys: (): Wording => ({ cli: 'with `keywarden keys list`', editor: 'in the Keys view' }),
};
