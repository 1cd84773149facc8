import { readFileSync } from 'fs';
import { join } from 'path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { toNinjs } from '../ninjs';
import { buildKforRelease, CONTEXT, releaseUrl } from './kfor-release.fixture';
import { ninjsSchemaDir } from './ninjs-schema-dir';

const readJson = (file: string): unknown => JSON.parse(readFileSync(join(ninjsSchemaDir(), file), 'utf8'));

const validator = () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  // The ninjs schema refers to "https://geojson.org/schema/GeoJSON.json#": that is this file's $id.
  ajv.addSchema(readJson('GeoJSON-schema.json') as object, 'https://geojson.org/schema/GeoJSON.json');
  return ajv.compile(readJson('ninjs-schema_3.1.json') as object);
};

describe('ninjsSchemaDir', () => {
  it('fails loudly, naming where it looked, when the schemas are nowhere', () => {
    expect(() => ninjsSchemaDir(['/nonexistent/a', '/nonexistent/b'])).toThrow(
      /ninjs-schema_3\.1\.json not found; looked in:\n {2}- \/nonexistent\/a\n {2}- \/nonexistent\/b/,
    );
  });
});

describe('toNinjs', () => {
  const validate = validator();
  const errors = (): string => JSON.stringify(validate.errors, null, 2);
  const release = buildKforRelease('en');
  const item = toNinjs(release, CONTEXT);

  it('accepts the official ninjs 3.1 examples (sanity check of the validator)', () => {
    for (const example of ['example-3.1-004_simple_text_article.json', 'example-3.1-005_complex_text_article.json']) {
      expect({ example, valid: validate(readJson(example)), errors: validate.errors }).toEqual({
        example,
        valid: true,
        errors: null,
      });
    }
  });

  it('rejects what the schema forbids (the validator is not a no-op)', () => {
    expect(validate({ ...item, headline: release.title })).toBe(false);
    expect(validate({ ...item, uri: 'not a uri' })).toBe(false);
    expect(validate({ ...item, pubstatus: 'usable' })).toBe(false);
    // The GeoJSON schema is loaded and applied to places.
    const kosovo = { name: 'Kosovo', geoJSON: { type: 'Point', coordinates: [21.17, 42.67] } };
    expect(validate({ ...item, places: [kosovo] })).toBe(true);
    expect(validate({ ...item, places: [{ ...kosovo, geoJSON: { type: 'Point', coordinates: 'x' } }] })).toBe(false);
  });

  it('produces a valid ninjs 3.1 item for the KFOR release', () => {
    const valid = validate(item);
    if (!valid) throw new Error(errors());
    expect(valid).toBe(true);
  });

  it('stays valid for a bare release with no summary, place, relations or localizations', () => {
    const bare = buildKforRelease('fr', {
      summary: null,
      place: null,
      body: [],
      organisations: [],
      people: [],
      quotes: [],
      deployments: [],
      localizations: [],
    });
    const valid = validate(toNinjs(bare, CONTEXT));
    if (!valid) throw new Error(errors());
  });

  it('carries language, headline, summary, dates and status under their 3.1 names', () => {
    expect(item.language).toBe('en');
    expect(item.type).toBe('text');
    expect(item.pubStatus).toBe('usable');
    expect(item.headlines).toEqual([{ role: 'main', contentType: 'text/plain', value: release.title }]);
    expect(item.descriptions?.[0]?.value).toBe(release.summary);
    expect(item.firstCreated).toBe('2023-06-13T12:00:00.000Z');
    expect(item.versionCreated).toBe('2023-06-13T12:30:00.000Z');
    expect(item.located).toBe('Brussels');
  });

  it('identifies the release by a tag URI built from documentId and locale, not by its slug', () => {
    expect(item.uri).toBe('tag:newsroom.example.org,2023-06-13:release/kfor2023release0613/en');
    const renamed = toNinjs({ ...release, slug: 'other', url: `${CONTEXT.baseUrl}/en/releases/other` }, CONTEXT);
    expect(renamed.uri).toBe(item.uri);
    expect(toNinjs(release, { ...CONTEXT, tagAuthority: 'nato.int,2024' }).uri).toBe(
      'tag:nato.int,2024:release/kfor2023release0613/en',
    );
  });

  it('links the French translation by its URI, language and page URL', () => {
    const translation = item.associations?.find((association) => association.rel === 'translation');
    expect(translation).toMatchObject({
      language: 'fr',
      uri: toNinjs(buildKforRelease('fr'), CONTEXT).uri,
      renditions: [{ name: 'web', href: releaseUrl('fr'), contentType: 'text/html' }],
    });
  });

  it('gives an HTML and a plain-text body with the same character count', () => {
    const html = item.bodies?.find((body) => body.contentType === 'text/html');
    const text = item.bodies?.find((body) => body.contentType === 'text/plain');
    expect(html?.value.startsWith('<p>NATO Deputy Secretary General Mircea Geoană met today')).toBe(true);
    expect(html?.value.match(/<p>/g)).toHaveLength(4);
    expect(text?.value.split('\n\n')).toHaveLength(4);
    expect(html?.charCount).toBe([...(text?.value ?? '')].length);
  });

  it('names speakers, people, organisations, places and missions', () => {
    expect(item.people).toEqual([
      expect.objectContaining({ name: 'Mircea Geoană', rel: 'speaker' }),
      expect.objectContaining({ name: 'Miroslav Lajčák', rel: 'mentioned' }),
    ]);
    expect(item.organisations).toContainEqual({
      name: 'North Atlantic Treaty Organization',
      rel: 'mentioned',
      uri: 'https://www.nato.int',
      literal: 'NATO',
    });
    expect(item.places).toEqual([
      { name: 'Brussels', rel: 'located' },
      { name: 'Kosovo', rel: 'deployment-location' },
      { name: 'Türkiye', rel: 'contributing-nation', literal: 'TR' },
    ]);
    expect(item.subjects).toEqual([{ name: 'KFOR', rel: 'mission' }]);
  });

  it('attaches each quote with its speaker and role at the time', () => {
    const quotes = item.associations?.filter((association) => association.rel === 'quote') ?? [];
    expect(quotes).toHaveLength(3);
    expect(quotes[0]).toMatchObject({
      by: 'Mircea Geoană, Deputy Secretary General',
      contentCreated: '2023-06-13T12:00:00.000Z',
      people: [{ name: 'Mircea Geoană', rel: 'speaker' }],
      bodies: [{ value: release.quotes[0]?.text }],
    });
  });
});
