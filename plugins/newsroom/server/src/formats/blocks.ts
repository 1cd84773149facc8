/**
 * Reading Strapi 5 "blocks" rich text, which arrives untyped (`Record<string, unknown>`): every
 * accessor checks the shape and falls back to nothing rather than trusting the stored JSON.
 */
export type BlockNode = Record<string, unknown>;

export const isNode = (value: unknown): value is BlockNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const nodeType = (node: BlockNode): string => (typeof node.type === 'string' ? node.type : '');

export const childrenOf = (node: BlockNode): BlockNode[] =>
  Array.isArray(node.children) ? node.children.filter(isNode) : [];

export const stringField = (node: BlockNode, key: string): string | null => {
  const value = node[key];
  return typeof value === 'string' ? value : null;
};

export const flag = (node: BlockNode, key: string): boolean => node[key] === true;

/** A heading's level, 1 to 6 (2 when missing or out of range). */
export const headingLevel = (node: BlockNode): number => {
  const level = node.level;
  return typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2;
};

/** The `image` of an image block: its URL and alternative text, as stored by the media library. */
export const imageOf = (node: BlockNode): { url: string | null; alt: string } => {
  const image = isNode(node.image) ? node.image : {};
  return { url: stringField(image, 'url'), alt: stringField(image, 'alternativeText') ?? '' };
};

/** The words of a node and everything under it, formatting and links dropped. */
export const textOf = (node: BlockNode): string =>
  nodeType(node) === 'text' ? (stringField(node, 'text') ?? '') : childrenOf(node).map(textOf).join('');
