import type { FieldValue } from '../services/translations';

interface Node {
  text?: string;
  children?: Node[];
}

const textOf = (node: Node): string => node.text ?? (node.children ?? []).map(textOf).join('');

/** A field value as text to read: rich text (blocks) flattened, one line per block. */
export const plainText = (value: FieldValue | null | undefined): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return (value as Node[]).map(textOf).join('\n');
};
