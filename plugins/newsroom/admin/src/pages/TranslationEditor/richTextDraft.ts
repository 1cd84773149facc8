import type { FieldValue } from '../../services/translations';

type Block = Record<string, unknown>;
interface Node {
  text?: string;
  children?: Node[];
}

const textOf = (node: Node): string => node.text ?? (node.children ?? []).map(textOf).join('');

/** A rich text (blocks) value as the editor shows it: one paragraph per block, a blank line between. */
export const blocksToText = (value: FieldValue | null): string => {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  return (value as Node[]).map(textOf).join('\n\n');
};

/**
 * Text back to blocks: one block per paragraph. Each keeps the kind of block at the same place in
 * `template` (the target's blocks, else the source's): a heading stays a heading of its level;
 * anything else becomes a paragraph. Inline formatting is not kept (XLIFF keeps it).
 */
export const textToBlocks = (text: string, template: FieldValue | null): Block[] => {
  const shapes = Array.isArray(template) ? (template as Block[]) : [];
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph, index) => {
      const shape = shapes[index];
      const children = [{ type: 'text', text: paragraph }];
      if (shape?.type === 'heading' && typeof shape.level === 'number') return { type: 'heading', level: shape.level, children };
      return { type: 'paragraph', children };
    });
};
