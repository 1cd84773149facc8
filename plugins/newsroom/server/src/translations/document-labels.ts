/**
 * Human labels for quotes and deployments, where a title is not enough to tell them apart: a
 * quote is its speaker and its first words, a deployment its mission, nation and unit. Used by
 * the translation editor and kept in each document's `label` field for the content manager's
 * relation pickers and lists.
 */

const clean = (value: unknown): string => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '');

/** The first `words` words of `text`, with an ellipsis when cut. */
export const firstWords = (text: unknown, words = 8): string => {
  const all = clean(text).split(' ').filter(Boolean);
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
};

/** "Mircea Geoană: “NATO is fully committed to…”" (speaker unknown: the words alone). */
export const quoteLabel = (quote: { text?: unknown; speakerName?: unknown }): string => {
  const words = firstWords(quote.text);
  const speaker = clean(quote.speakerName);
  if (!words) return speaker;
  return speaker ? `${speaker}: “${words}”` : `“${words}”`;
};

/** "KFOR · TR · 65th Mechanized Infantry Brigade" (missing parts left out). */
export const deploymentLabel = (deployment: { mission?: unknown; contributingNation?: unknown; unit?: unknown }): string =>
  [deployment.mission, deployment.contributingNation, deployment.unit].map(clean).filter(Boolean).join(' · ');
