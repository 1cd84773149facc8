/**
 * An outdated rich-text translation whose tags no longer pair with the source's (a bold or a paragraph
 * added since) still goes out pre-filled: its words fitted into the source's tags, needing review
 * (tester finding: it went out with no target, the previous French only as plain text in alt-trans).
 */
import { exportXliff, parseXliff, prefilledValue, type ImportedUnit, type RichText, type XliffVersion } from '../index';
import { plainTextOf } from '../plain-text';
import { body, frenchBody, releaseRequest, TEST_KEY } from './fixtures';
import { schemaErrors } from './xliff-schema';

const bodyUnitOf = (xml: string, version: XliffVersion): string =>
  (version === '1.2' ? /<trans-unit id="release\.[^"]*\.body\.[\s\S]*?<\/trans-unit>/ : /<unit id="release\.[^"]*\.body\.[\s\S]*?<\/unit>/).exec(xml)?.[0] ?? '';

/** The export of the body alone, its translation outdated. */
const exportBody = (version: XliffVersion, source: RichText, target: RichText, previous: RichText = body) => {
  const request = releaseRequest(version);
  request.files[0]!.units = [
    {
      ...request.files[0]!.units[2]!,
      source,
      target,
      targetState: 'needs-review',
      previous: { source: previous, target },
    },
  ];
  return exportXliff(request);
};

const imported = (xml: string): ImportedUnit => parseXliff(xml, { targetLanguage: 'fr', key: TEST_KEY }).units[0]!;

/** The English body with "Security" now in bold: same blocks, one mark more than the French has. */
const boldSecurity = (): RichText => {
  const copy = structuredClone(body) as Array<Record<string, unknown>>;
  const list = copy[2] as { children: Array<{ children: Array<Record<string, unknown>> }> };
  list.children[0]!.children[0]!.bold = true;
  return copy as RichText;
};

describe.each(['1.2', '2.1'] as const)('an outdated rich-text translation that no longer pairs with its source (%s)', (version) => {
  it('goes out with its words in the source tags, needing review, and imports back', () => {
    const xml = exportBody(version, boldSecurity(), frenchBody);
    expect(schemaErrors(xml, version)).toBe('');
    const unit = bodyUnitOf(xml, version);
    if (version === '1.2') {
      expect(unit).toMatch(/<target state="needs-review-translation"><g id="[^"]+"[^>]*>Déclaration commune<\/g>/);
      expect(unit).toContain('<alt-trans alttranstype="previous-version">');
    } else {
      expect(unit).toMatch(/<target><pc id="[^"]+"[^>]*>Déclaration commune<\/pc>/);
      expect(unit).toContain('category="newsroom:previous-source"');
    }
    expect(unit).toContain('words were fitted into the tags of the source');
    const back = imported(xml);
    expect(back.sourceIntact).toBe(true);
    expect(plainTextOf(back.target!)).toBe(plainTextOf(frenchBody));
    // The link, the bold+italic Pristina and the line break kept their places.
    expect(JSON.stringify(back.target)).toContain('"text":"Pristina","bold":true,"italic":true');
    expect(JSON.stringify(back.target)).toContain('page de la KFOR');
  });

  it('fits a translation with fewer paragraphs than the source, the others left empty', () => {
    const xml = exportBody(version, body, frenchBody.slice(0, 2));
    expect(schemaErrors(xml, version)).toBe('');
    const back = imported(xml);
    expect(plainTextOf(back.target!)).toContain('Déclaration commune');
    expect((back.target as RichText).length).toBe(body.length);
  });

  it('puts the paragraphs of a longer translation into the source’s last one', () => {
    const xml = exportBody(version, body.slice(0, 2), frenchBody);
    expect(schemaErrors(xml, version)).toBe('');
    const text = plainTextOf(imported(xml).target!);
    expect(text).toContain('Sécurité');
    expect(text).toContain('Deuxième ligne');
  });
});

it('keeps a translation that pairs code for code as it is (no fitting note)', () => {
  const xml = exportBody('1.2', body, frenchBody);
  expect(xml).not.toContain('fitted');
  expect(imported(xml).target).toEqual(frenchBody);
});


it('gives the import the pre-fill it exported, to tell a unit sent back as it went out', () => {
  const xml = exportBody('1.2', boldSecurity(), frenchBody);
  expect(prefilledValue(boldSecurity(), frenchBody)).toEqual(imported(xml).target);
  expect(prefilledValue(body, frenchBody)).toEqual(frenchBody);
  expect(prefilledValue(body, frenchBody.slice(4))).toBeNull();
});
