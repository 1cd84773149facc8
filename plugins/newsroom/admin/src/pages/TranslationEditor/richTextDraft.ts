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
 * Text back to blocks: one block per paragraph. A paragraph whose text is that of the block at the
 * same place in `template` (the target's blocks, else the source's) keeps that block whole, with
 * its links, bold, lists and the rest: only what the translator changed is rewritten. A changed
 * paragraph keeps the kind of that block (a heading stays a heading of its level); anything else
 * becomes a plain paragraph (XLIFF keeps inline formatting of changed text).
 */
export const textToBlocks = (text: string, template: FieldValue | null): Block[] => {
  const shapes = Array.isArray(template) ? (template as Block[]) : [];
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph, index) => {
      const shape = shapes[index];
      if (shape && textOf(shape as Node).trim() === paragraph) return shape;
      const children = [{ type: 'text', text: paragraph }];
      if (shape?.type === 'heading' && typeof shape.level === 'number') return { type: 'heading', level: shape.level, children };
      return { type: 'paragraph', children };
    });
};

/** Whether saving `text` over `template` rewrites a block that has formatting (links, bold, lists). */
export const losesFormatting = (text: string, template: FieldValue | null): boolean => {
  const shapes = Array.isArray(template) ? (template as Block[]) : [];
  const plain = (block: Block) =>
    (block.type === 'paragraph' || block.type === 'heading') &&
    ((block.children as Node[] | undefined) ?? []).every((child) => Object.keys(child).every((key) => key === 'type' || key === 'text'));
  const rebuilt = textToBlocks(text, template);
  return shapes.some((shape, index) => !plain(shape) && rebuilt[index] !== shape);
};
