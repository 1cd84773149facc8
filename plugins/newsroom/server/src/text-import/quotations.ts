export interface QuotationSpan {
  /** The words between the marks, trimmed. */
  inner: string;
  /** Index of the opening mark. */
  open: number;
  /** Index just after the closing mark, or the paragraph's length when the quotation is not closed. */
  end: number;
  closed: boolean;
}

/** Opening mark -> closing marks. Straight quotes close themselves. */
const PAIRS: Record<string, string> = { '“': '”', '"': '"', '«': '»' };
const OPENERS = /[“"«]/g;

/**
 * The quotations in a paragraph, in order: curly “…”, straight "…" and «…» marks.
 * A quotation with no closing mark runs to the end of the paragraph.
 */
export const findQuotations = (paragraph: string): QuotationSpan[] => {
  const spans: QuotationSpan[] = [];
  OPENERS.lastIndex = 0;
  for (let match = OPENERS.exec(paragraph); match; match = OPENERS.exec(paragraph)) {
    const open = match.index;
    const closer = PAIRS[match[0]] ?? '”';
    const close = paragraph.indexOf(closer, open + 1);
    const closed = close >= 0;
    const end = closed ? close + 1 : paragraph.length;
    const inner = paragraph.slice(open + 1, closed ? close : paragraph.length).trim();
    if (inner) spans.push({ inner, open, end, closed });
    OPENERS.lastIndex = end;
    if (!closed) break;
  }
  return spans;
};

/** The quotation's words as a quote: no comma or dash that belongs to the attribution after it. */
export const quoteText = (inner: string): string => {
  let end = inner.length;
  while (end > 0 && ' ,;:–—-'.includes(inner[end - 1] ?? '')) end -= 1;
  return inner.slice(0, end).trim();
};

export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;
