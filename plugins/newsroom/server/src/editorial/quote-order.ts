/**
 * Why a new order of a release's quotes is not acceptable, or null when it lists every quote
 * exactly once and nothing else.
 */
export const quoteOrderProblem = (current: readonly string[], wanted: readonly string[]): string | null => {
  const known = new Set(current);
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const id of wanted) (seen.has(id) ? duplicates : seen).add(id);
  const unknown = [...seen].filter((id) => !known.has(id));
  const missing = current.filter((id) => !seen.has(id));
  const problems = [
    unknown.length ? `not quotes of this release in this locale: ${unknown.join(', ')}` : '',
    duplicates.size ? `listed more than once: ${[...duplicates].join(', ')}` : '',
    missing.length ? `missing: ${missing.join(', ')}` : '',
  ].filter(Boolean);
  return problems.length ? `must list every quote of the release exactly once (${problems.join('; ')})` : null;
};
