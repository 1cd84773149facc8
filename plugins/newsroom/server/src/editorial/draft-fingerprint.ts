/**
 * What readers see of one version (draft or published) of a release in one locale: its own
 * fields, its quotes in order and its deployments. Two versions with the same fingerprint show
 * the same thing, whatever their timestamps say.
 */
type Row = Record<string, unknown>;

const RELEASE_FIELDS = ['title', 'slug', 'summary', 'body', 'issuedAt', 'place', 'referenceNumber'];
const QUOTE_FIELDS = ['text', 'speakerRole', 'saidAt', 'order'];
const DEPLOYMENT_FIELDS = [
  'mission',
  'contributingNation',
  'unit',
  'personnelCount',
  'personnelQualifier',
  'deploymentStatus',
  'arrivalDate',
  'location',
  'durationNote',
  'mandate',
];

const normal = (value: unknown): unknown => {
  if (value instanceof Date) return value.toISOString();
  if (value === undefined || value === '') return null;
  if (typeof value === 'string' && (value.startsWith('[') || value.startsWith('{'))) {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  }
  return value;
};

const pick = (row: Row, fields: string[]) => fields.map((field) => normal(row[field]));
const number = (value: unknown) => Number(value ?? 0) || 0;

export const releaseFingerprint = (row: Row & { quotes?: Row[]; deployments?: Row[] }): string => {
  const quotes = [...(row.quotes ?? [])]
    .sort((a, b) => number(a.order) - number(b.order) || String(a.documentId).localeCompare(String(b.documentId)))
    .map((quote) => [
      quote.documentId,
      ...pick(quote, QUOTE_FIELDS),
      (quote.speaker as Row | null | undefined)?.documentId ?? null,
    ]);
  const deployments = [...(row.deployments ?? [])]
    .sort((a, b) => String(a.documentId).localeCompare(String(b.documentId)))
    .map((deployment) => [deployment.documentId, ...pick(deployment, DEPLOYMENT_FIELDS)]);
  return JSON.stringify([pick(row, RELEASE_FIELDS), quotes, deployments]);
};
