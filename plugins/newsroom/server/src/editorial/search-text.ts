/** Text of rich-text blocks (Strapi `blocks`), words separated by spaces. */
export const blocksText = (value: unknown): string => {
  const parsed = typeof value === 'string' ? safeJson(value) : value;
  const walk = (node: unknown): string => {
    if (!node || typeof node !== 'object') return '';
    if (Array.isArray(node)) return node.map(walk).join(' ');
    const { text, children } = node as { text?: unknown; children?: unknown };
    return [typeof text === 'string' ? text : '', walk(children)].join(' ');
  };
  return walk(parsed);
};

const safeJson = (value: string): unknown => {
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
};

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

/** Collects searchable text per release; `matching(words)` gives the releases whose text has every word. */
export const searchIndex = () => {
  const texts = new Map<string, string[]>();
  return {
    add(documentId: string, ...parts: unknown[]): void {
      const list = texts.get(documentId) ?? [];
      for (const part of parts) if (typeof part === 'string' && part !== '') list.push(fold(part));
      texts.set(documentId, list);
    },
    matching(words: readonly string[]): Set<string> {
      const found = new Set<string>();
      for (const [documentId, parts] of texts) {
        const text = parts.join(' \u0000 ');
        if (words.every((word) => text.includes(word))) found.add(documentId);
      }
      return found;
    },
  };
};
