/**
 * The fields all locales of a document share, read from its schema as Strapi's i18n does (pure):
 * an attribute is localized when `pluginOptions.i18n.localized` is true, and relations and uid
 * fields are always per locale. System fields are left out.
 */

export interface AttributeLike {
  type: string;
  pluginOptions?: { i18n?: { localized?: boolean } };
}

const SYSTEM_FIELDS = new Set([
  'id',
  'documentId',
  'locale',
  'localizations',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'firstPublishedAt',
  'createdBy',
  'updatedBy',
]);

export const nonLocalizedFields = (attributes: Record<string, AttributeLike>): string[] =>
  Object.entries(attributes)
    .filter(
      ([name, attribute]) =>
        !SYSTEM_FIELDS.has(name) &&
        attribute.type !== 'relation' &&
        attribute.type !== 'uid' &&
        attribute.pluginOptions?.i18n?.localized !== true,
    )
    .map(([name]) => name);

const NUMBER_TYPES = new Set(['integer', 'biginteger', 'float', 'decimal']);
const TEXT_TYPES = new Set(['string', 'text', 'richtext', 'enumeration', 'email', 'password']);
const IGNORED_KEYS = new Set(['id', 'documentId', '__temp_key__']);

const stripIds = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(stripIds);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => !IGNORED_KEYS.has(key))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, inner]) => [key, stripIds(inner)]),
    );
  }
  return value;
};

const parsedJson = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
};

const time = (value: unknown): number | string => {
  const date = value instanceof Date ? value : new Date(typeof value === 'number' ? value : String(value));
  return Number.isNaN(date.getTime()) ? String(value) : date.getTime();
};

const day = (value: unknown): string =>
  value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);

const mediaIds = (value: unknown): unknown[] =>
  (Array.isArray(value) ? value : [value])
    .map((item) => (item && typeof item === 'object' ? (item as { id?: unknown }).id : item))
    .map(Number)
    .sort((a, b) => a - b);

/**
 * A value as stored, so that what a form sends back unchanged compares equal to what the database
 * returns: dates as instants or days, numbers as numbers, an empty text as no text, JSON and
 * components without their ids.
 */
export const normalizedValue = (attribute: AttributeLike, value: unknown): unknown => {
  if (value === undefined || value === null) return null;
  const { type } = attribute;
  if (type === 'datetime' || type === 'timestamp') return time(value);
  if (type === 'date') return day(value);
  if (NUMBER_TYPES.has(type)) return Number(value);
  if (type === 'boolean') return value === true || value === 1 || value === '1' || value === 'true';
  if (TEXT_TYPES.has(type)) return value === '' ? null : String(value);
  if (type === 'media') return JSON.stringify(mediaIds(value));
  if (type === 'json' || type === 'blocks') return JSON.stringify(stripIds(parsedJson(value)));
  return JSON.stringify(stripIds(value));
};

export const sameValue = (attribute: AttributeLike, a: unknown, b: unknown): boolean =>
  normalizedValue(attribute, a) === normalizedValue(attribute, b);
