// The key's tooltip (sidebar) and hover (editor) as Markdown: both sides render the same view item.
import type { KeyItem } from './keys-view-types';

/** Markdown for a tooltip or hover: the name, provider and due words, then the fields as a table. */
export function keyMarkdown(item: KeyItem): string {
  const rows = item.tooltip.map((f) => `| ${f.label} | ${escapeMarkdown(f.value)} |`);
  return [
    `**${escapeMarkdown(item.name)}** · ${escapeMarkdown(item.provider)} · ${escapeMarkdown(item.description)}`,
    '',
    '| | |',
    '|---|---|',
    ...rows,
  ].join('\n');
}

/** Text shown as itself in Markdown (names, paths, owners). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]|<>]/g, (c) => `\\${c}`);
}
