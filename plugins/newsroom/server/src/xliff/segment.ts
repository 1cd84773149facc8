/**
 * The model of one segment: text with inline codes. A rich-text field is ONE segment; every block,
 * link and text mark is a paired code, every image and line break a standalone code. What each code
 * stands for (its `CodeData`) travels in the file, next to the segment: XLIFF 2 `<originalData>`,
 * XLIFF 1.2 the trans-unit's `extradata` attribute. The import rebuilds blocks from that data, never
 * from the database.
 */
export type RichTextNode = Record<string, unknown>;

export type SegmentNode =
  | { kind: 'text'; text: string }
  | { kind: 'paired'; id: string; children: SegmentNode[]; dataRef?: string }
  | { kind: 'standalone'; id: string; dataRef?: string };

export type CodeData =
  /** A block (paragraph, heading, list, list-item, quote, code) or a link; `node` has no `children`. */
  | { kind: 'element'; node: RichTextNode }
  /** A text mark: bold, italic, underline, strikethrough, code. */
  | { kind: 'mark'; mark: string }
  /** A node with nothing to translate (an image), kept whole. */
  | { kind: 'void'; node: RichTextNode }
  /** A line break ('\n' inside a text node). */
  | { kind: 'break' };

/** Code id → what the code stands for, in document order. */
export type CodeMap = ReadonlyMap<string, CodeData>;

export interface Segment {
  nodes: SegmentNode[];
  codes: CodeMap;
}

/** Element types that live inside a block's text; every other element type is a block. */
export const INLINE_ELEMENT_TYPES: ReadonlySet<string> = new Set(['link']);

/** Marks in the order they nest (outermost first) when a text run has several. */
export const MARK_ORDER: readonly string[] = ['bold', 'italic', 'underline', 'strikethrough', 'code'];

export const isPairedCode = (data: CodeData): boolean => data.kind === 'element' || data.kind === 'mark';

export const nodeType = (node: RichTextNode): string => (typeof node.type === 'string' ? node.type : '');

/** Blocks keep their order and nesting in a translation; marks, links and breaks may move inside their block. */
export const isBlockCode = (data: CodeData): boolean =>
  data.kind === 'void' || (data.kind === 'element' && !INLINE_ELEMENT_TYPES.has(nodeType(data.node)));

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** How a code is named in messages for translators: "tag 3 (bold)". */
export const describeCode = (id: string, data: CodeData | undefined): string => {
  if (data === undefined) return `tag ${id}`;
  if (data.kind === 'mark') return `tag ${id} (${data.mark})`;
  if (data.kind === 'break') return `tag ${id} (line break)`;
  const type = nodeType(data.node) || 'element';
  if (type === 'heading' && typeof data.node.level === 'number') return `tag ${id} (heading ${data.node.level})`;
  if (type === 'link' && typeof data.node.url === 'string') return `tag ${id} (link to ${data.node.url})`;
  return `tag ${id} (${type})`;
};

/** JSON that is also safe as XML text or attribute content (no U+FFFE/U+FFFF, which XML forbids). */
export const xmlSafeJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[\uFFFE\uFFFF]/g, (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase()}`);

/** A `CodeData` read back from JSON, or null when the value is not one. */
export const toCodeData = (value: unknown): CodeData | null => {
  if (!isRecord(value)) return null;
  switch (value.kind) {
    case 'element':
    case 'void': {
      const node = value.node;
      if (!isRecord(node) || typeof node.type !== 'string') return null;
      if (value.kind === 'element' && 'children' in node) return null;
      return { kind: value.kind, node };
    }
    case 'mark':
      return typeof value.mark === 'string' && value.mark !== '' ? { kind: 'mark', mark: value.mark } : null;
    case 'break':
      return { kind: 'break' };
    default:
      return null;
  }
};

export const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

/** XLIFF 1.2 `extradata` of a rich-text trans-unit: every code's data, by code id. */
export const encodeCodeMap = (codes: CodeMap): string =>
  xmlSafeJson({ format: 'newsroom-blocks', codes: Object.fromEntries(codes) });

export const decodeCodeMap = (text: string): Map<string, CodeData> | null => {
  const value = parseJson(text);
  if (!isRecord(value) || value.format !== 'newsroom-blocks' || !isRecord(value.codes)) return null;
  const codes = new Map<string, CodeData>();
  for (const [id, raw] of Object.entries(value.codes)) {
    const data = toCodeData(raw);
    if (data === null) return null;
    codes.set(id, data);
  }
  return codes;
};
