// Scores one import proposal against its expected extraction. Pure: no files, no timing.

export const RELEASE_FIELDS = ['title', 'issuedAt', 'place', 'language'];
export const QUOTE_FIELDS = ['text', 'speakerName', 'speakerRole'];
export const DEPLOYMENT_FIELDS = [
  'mission', 'contributingNation', 'unit', 'personnelCount', 'personnelQualifier',
  'deploymentStatus', 'arrivalDate', 'location', 'durationNote', 'mandate',
];

/** Typography and case do not count: curly vs straight quotes, spaces, a final stop or comma. */
export const normalise = (value) =>
  value === null || value === undefined
    ? null
    : String(value)
        .normalize('NFC')
        .replace(/[’‘`]/g, "'")
        .replace(/[\s\u00a0\u202f]+/g, ' ')
        .replace(/[\s.,;:!?…]+$/u, '')
        .trim()
        .toLowerCase();

export const same = (expected, actual) => normalise(expected) === normalise(actual);

const words = (value) => new Set((normalise(value) ?? '').split(/\W+/u).filter(Boolean));
const overlap = (a, b) => {
  const x = words(a);
  const y = words(b);
  if (!x.size || !y.size) return 0;
  let common = 0;
  for (const word of x) if (y.has(word)) common += 1;
  return common / Math.max(x.size, y.size);
};

/** Pairs expected items with found ones, best match first; a pair needs some likeness. */
const pair = (expected, found, likeness, threshold) => {
  const candidates = [];
  expected.forEach((e, i) => found.forEach((f, j) => {
    const score = likeness(e, f);
    if (score >= threshold) candidates.push({ i, j, score });
  }));
  candidates.sort((a, b) => b.score - a.score || a.i - b.i);
  const byExpected = new Map();
  const usedFound = new Set();
  for (const { i, j } of candidates) {
    if (byExpected.has(i) || usedFound.has(j)) continue;
    byExpected.set(i, j);
    usedFound.add(j);
  }
  return { byExpected, unmatched: found.length - usedFound.size };
};

const quoteLikeness = (e, f) => overlap(e.text, f.text);

const deploymentLikeness = (e, f) => {
  let score = 0;
  for (const field of DEPLOYMENT_FIELDS) if (same(e[field], f[field])) score += 1;
  // A deployment is recognised by its figure, its nation or its unit, not by shared nulls.
  const anchored = (e.personnelCount !== null && e.personnelCount === f.personnelCount)
    || (e.contributingNation !== null && e.contributingNation === f.contributingNation)
    || (e.unit !== null && overlap(e.unit, f.unit) >= 0.5);
  return anchored ? score : 0;
};

/**
 * One row per field: { field, kind, right }. Unmatched expected items count every field wrong;
 * found items that match nothing are false quotes or deployments.
 */
export const scoreRelease = (expected, proposal) => {
  const rows = [];
  for (const field of RELEASE_FIELDS) rows.push({ kind: 'release', field, right: same(expected[field], proposal[field]) });

  const quotes = pair(expected.quotes, proposal.quotes, quoteLikeness, 0.5);
  expected.quotes.forEach((e, i) => {
    const f = quotes.byExpected.has(i) ? proposal.quotes[quotes.byExpected.get(i)] : null;
    for (const field of QUOTE_FIELDS) rows.push({ kind: 'quote', field, right: f !== null && same(e[field], f[field]) });
  });

  const deployments = pair(expected.deployments, proposal.deployments, deploymentLikeness, 1);
  expected.deployments.forEach((e, i) => {
    const f = deployments.byExpected.has(i) ? proposal.deployments[deployments.byExpected.get(i)] : null;
    for (const field of DEPLOYMENT_FIELDS) {
      rows.push({ kind: 'deployment', field, right: f !== null && same(e[field], f[field]) });
    }
  });

  return { rows, falseQuotes: quotes.unmatched, falseDeployments: deployments.unmatched };
};
