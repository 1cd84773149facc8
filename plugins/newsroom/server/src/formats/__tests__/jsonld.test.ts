import { toJsonLd, type JsonLdNode, type JsonLdValue } from '../jsonld';
import { jsonLdScript, serializeJsonLd } from '../jsonld-script';
import { buildKforRelease, CONTEXT, releaseUrl } from './kfor-release.fixture';

const nodes = (value: JsonLdValue | undefined): JsonLdNode[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter(
    (item): item is JsonLdNode => typeof item === 'object' && !Array.isArray(item),
  );

describe('toJsonLd', () => {
  const release = buildKforRelease('en');
  const article = toJsonLd(release, CONTEXT);

  it('describes the release as a schema.org NewsArticle', () => {
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      '@id': releaseUrl('en'),
      url: releaseUrl('en'),
      headline: release.title,
      description: release.summary,
      inLanguage: 'en',
      datePublished: '2023-06-13T12:00:00.000Z',
      dateModified: '2023-06-13T12:30:00.000Z',
      author: { '@type': 'Organization', name: 'NATO', url: 'https://www.nato.int' },
      publisher: { '@type': 'Organization', name: 'NATO', url: 'https://www.nato.int' },
      contentLocation: [
        { '@type': 'Place', name: 'Brussels' },
        { '@type': 'Place', name: 'Kosovo' },
      ],
    });
    expect(typeof article.articleBody).toBe('string');
    expect(String(article.articleBody).split('\n\n')).toHaveLength(4);
    expect(String(article.articleBody)).not.toContain('<');
  });

  it('gives each quote as a Quotation spoken by Mircea Geoană as Deputy Secretary General', () => {
    const quotations = nodes(article.hasPart).filter((node) => node['@type'] === 'Quotation');
    expect(quotations).toHaveLength(3);
    const geoana = { '@type': 'Person', name: 'Mircea Geoană', jobTitle: 'Deputy Secretary General' };
    for (const [index, quotation] of quotations.entries()) {
      expect(quotation).toEqual({
        '@type': 'Quotation',
        text: release.quotes[index]?.text,
        inLanguage: 'en',
        spokenByCharacter: geoana,
        creator: geoana,
        dateCreated: '2023-06-13T12:00:00.000Z',
      });
    }
  });

  it('mentions the people and organisations named, short names as alternate names', () => {
    const mentions = nodes(article.mentions);
    expect(mentions).toContainEqual({
      '@type': 'Person',
      name: 'Miroslav Lajčák',
      jobTitle: 'EU Special Representative for the Belgrade-Pristina Dialogue and other Western Balkans issues',
    });
    expect(mentions).toContainEqual({
      '@type': 'Organization',
      name: 'Kosovo Force',
      alternateName: 'KFOR',
      url: 'https://jfcnaples.nato.int/kfor',
    });
    expect(mentions).toHaveLength(2 + 6);
  });

  it('links the French translation, and is itself no translation', () => {
    expect(article.workTranslation).toEqual([
      { '@type': 'NewsArticle', '@id': releaseUrl('fr'), url: releaseUrl('fr'), inLanguage: 'fr' },
    ]);
    expect(article.translationOfWork).toBeUndefined();
  });

  it('points a French release to its English source', () => {
    const french = toJsonLd(buildKforRelease('fr'), CONTEXT);
    expect(french.inLanguage).toBe('fr');
    expect(french.translationOfWork).toEqual({
      '@type': 'NewsArticle',
      '@id': releaseUrl('en'),
      url: releaseUrl('en'),
      inLanguage: 'en',
    });
    expect(nodes(french.hasPart)[0]).toMatchObject({
      inLanguage: 'fr',
      spokenByCharacter: { jobTitle: 'Secrétaire général délégué' },
    });
    // No source locale known, or the source not published: no claim of translation.
    expect(toJsonLd(buildKforRelease('fr'), { ...CONTEXT, sourceLocale: undefined }).translationOfWork).toBeUndefined();
    expect(toJsonLd(buildKforRelease('fr', { localizations: [] }), CONTEXT).translationOfWork).toBeUndefined();
  });
});

describe('jsonLdScript', () => {
  const hostile = {
    headline: '</script><script>alert(1)</script> <!-- & \u2028\u2029',
  };

  it('cannot be closed or altered by the data it carries', () => {
    const script = jsonLdScript(hostile);
    expect(script.startsWith('<script type="application/ld+json">')).toBe(true);
    const inner = script.slice('<script type="application/ld+json">'.length, -'</script>'.length);
    expect(inner).not.toMatch(/[<>&\u2028\u2029]/);
    expect(script.match(/<\/script/gi)).toHaveLength(1);
    expect(inner).toContain('\\u003c/script\\u003e');
  });

  it('still parses back to the same value', () => {
    expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile);
    const article = toJsonLd(buildKforRelease('en'), CONTEXT);
    expect(JSON.parse(serializeJsonLd(article))).toEqual(JSON.parse(JSON.stringify(article)));
  });
});
