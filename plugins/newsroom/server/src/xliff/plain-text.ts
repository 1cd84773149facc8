import type { FieldValue } from './types';

/** The words of a field, for notes and alternative translations: rich text's blocks one per line. */
export const plainTextOf = (value: FieldValue): string => {
  if (typeof value === 'string') return value;
  const text = (node: unknown): string => {
    if (typeof node !== 'object' || node === null) return '';
    const record = node as Record<string, unknown>;
    if (typeof record.text === 'string') return record.text;
    return Array.isArray(record.children) ? record.children.map(text).join('') : '';
  };
  const lines = (nodes: readonly unknown[]): string[] =>
    nodes.flatMap((node) => {
      const record = (typeof node === 'object' && node !== null ? node : {}) as Record<string, unknown>;
      const children = Array.isArray(record.children) ? (record.children as unknown[]) : [];
      const nested = children.some((child) => typeof child === 'object' && child !== null && 'children' in child && (child as Record<string, unknown>).type !== 'link');
      return nested ? lines(children) : [text(record)];
    });
  return lines(value).filter((line) => line !== '').join('\n');
};
