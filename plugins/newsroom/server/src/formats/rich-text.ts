import type { PublicRelease, RichText } from '../../../shared/contracts/releases';
import {
  childrenOf,
  flag,
  headingLevel,
  imageOf,
  isNode,
  nodeType,
  stringField,
  textOf,
  type BlockNode,
} from './blocks';
import { escapeHtml } from './escape';
import { safeUrl } from './safe-url';
import { sanitizeRichHtml } from './sanitize-rich-html';

export interface RichTextOptions {
  /** Base for relative link and image URLs (see `FormatContext.assetBaseUrl`). */
  assetBaseUrl?: string;
}

const wrap = (tag: string, inner: string): string => `<${tag}>${inner}</${tag}>`;

const renderText = (node: BlockNode): string => {
  let html = escapeHtml(stringField(node, 'text') ?? '');
  if (flag(node, 'code')) html = wrap('code', html);
  else html = html.replace(/\r?\n/g, '<br>');
  if (flag(node, 'strikethrough')) html = wrap('s', html);
  if (flag(node, 'underline')) html = wrap('u', html);
  if (flag(node, 'italic')) html = wrap('em', html);
  if (flag(node, 'bold')) html = wrap('strong', html);
  return html;
};

const renderInline = (node: BlockNode, options: RichTextOptions): string => {
  if (nodeType(node) === 'text') return renderText(node);
  const inner = childrenOf(node)
    .map((child) => renderInline(child, options))
    .join('');
  if (nodeType(node) !== 'link') return inner;
  const href = safeUrl(node.url, ['http', 'https', 'mailto'], options.assetBaseUrl);
  return href ? `<a href="${escapeHtml(href)}">${inner}</a>` : inner;
};

const renderInlines = (node: BlockNode, options: RichTextOptions): string =>
  childrenOf(node)
    .map((child) => renderInline(child, options))
    .join('');

/** A list: its items, a nested list going inside the item before it (as HTML requires). */
const renderList = (node: BlockNode, options: RichTextOptions): string => {
  const items: string[] = [];
  for (const child of childrenOf(node)) {
    if (nodeType(child) === 'list') {
      const nested = renderList(child, options);
      if (items.length > 0) items[items.length - 1] += nested;
      else items.push(nested);
    } else {
      items.push(renderInlines(child, options));
    }
  }
  const tag = node.format === 'ordered' ? 'ol' : 'ul';
  return wrap(tag, items.map((item) => wrap('li', item)).join(''));
};

const renderBlock = (node: BlockNode, options: RichTextOptions): string => {
  switch (nodeType(node)) {
    case 'heading': {
      const inner = renderInlines(node, options);
      return inner ? wrap(`h${headingLevel(node)}`, inner) : '';
    }
    case 'list':
      return childrenOf(node).length > 0 ? renderList(node, options) : '';
    case 'quote': {
      const inner = renderInlines(node, options);
      return inner ? wrap('blockquote', inner) : '';
    }
    case 'code': {
      const code = textOf(node);
      return code ? wrap('pre', wrap('code', escapeHtml(code))) : '';
    }
    case 'image': {
      const { url, alt } = imageOf(node);
      const src = safeUrl(url, ['http', 'https'], options.assetBaseUrl);
      return src ? `<img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}">` : '';
    }
    default: {
      // paragraph, and any block type Strapi adds later: its words, as a paragraph.
      const inner = renderInlines(node, options);
      return inner ? wrap('p', inner) : '';
    }
  }
};

/** Strapi blocks as HTML, every text escaped and every URL checked. Sanitize before serving it. */
export const blocksToHtml = (blocks: RichText, options: RichTextOptions = {}): string =>
  blocks
    .filter(isNode)
    .map((block) => renderBlock(block, options))
    .filter((html) => html !== '')
    .join('\n');

const listToText = (node: BlockNode, depth: number): string[] => {
  const ordered = node.format === 'ordered';
  let position = 0;
  return childrenOf(node).flatMap((child) => {
    if (nodeType(child) === 'list') return listToText(child, depth + 1);
    position += 1;
    return [`${'  '.repeat(depth)}${ordered ? `${position}.` : '-'} ${textOf(child).trim()}`];
  });
};

const blockToText = (node: BlockNode): string => {
  switch (nodeType(node)) {
    case 'list':
      return listToText(node, 0).join('\n');
    case 'image':
      return '';
    default:
      return textOf(node).trim();
  }
};

/** Strapi blocks as plain text: one block per paragraph, paragraphs separated by a blank line. */
export const blocksToPlainText = (blocks: RichText): string =>
  blocks
    .filter(isNode)
    .map(blockToText)
    .filter((text) => text !== '')
    .join('\n\n');

/** A release's body as the HTML every format serves: rendered, then sanitized. */
export const releaseHtml = (release: Pick<PublicRelease, 'body'>, options: RichTextOptions = {}): string =>
  sanitizeRichHtml(blocksToHtml(release.body, options));
