/** News formats of a published release: pure functions, no Strapi inside. */
export type { FeedContext, FormatContext } from './context';
export { blocksToHtml, blocksToPlainText, releaseHtml, type RichTextOptions } from './rich-text';
export { sanitizeRichHtml } from './sanitize-rich-html';
export { toNinjs } from './ninjs';
export type { NinjsItem } from './ninjs-types';
export { toJsonLd, type JsonLdNode } from './jsonld';
export { jsonLdScript, serializeJsonLd } from './jsonld-script';
export { buildFeed, type FeedFormat } from './feeds';
export { buildSitemap, type SitemapEntry } from './sitemap';
