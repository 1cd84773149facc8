import { XMLParser, XMLValidator } from 'fast-xml-parser';

import { exportXliff, parseXliff, unitMac, type ImportedUnit, type RichText, type XliffVersion } from '../index';
import { addTargets, body, frenchBody, QUOTE_ID, RELEASE_ID, releaseRequest, TEST_KEY } from './fixtures';

const VERSIONS: XliffVersion[] = ['1.2', '2.0', '2.1'];

const byField = (units: ImportedUnit[]) =>
  Object.fromEntries(units.map((unit) => [`${unit.documentId}.${unit.field}`, unit]));

describe.each(VERSIONS)('XLIFF %s round trip', (version) => {
  const exported = exportXliff(releaseRequest(version));

  it('writes well-formed XLIFF of that version, with no target', () => {
    expect(XMLValidator.validate(exported)).toBe(true);
    expect(exported).not.toContain('<target');
    const root = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(exported).xliff;
    expect(root.version).toBe(version);
    if (version === '1.2') {
      expect(root.xmlns).toBe('urn:oasis:names:tc:xliff:document:1.2');
      expect(root.file['source-language']).toBe('en');
      expect(root.file['target-language']).toBe('fr');
      expect(root.file.body['trans-unit']).toHaveLength(5);
    } else {
      expect(root.xmlns).toBe('urn:oasis:names:tc:xliff:document:2.0');
      expect([root.srcLang, root.trgLang]).toEqual(['en', 'fr']);
      expect(root.file.id).toBe(`release-${RELEASE_ID}`);
      expect(root.file.unit).toHaveLength(5);
    }
  });

  it('escapes plain text and carries the note', () => {
    expect(exported).toContain('The two organisations &lt;agree&gt; &amp; act.');
    expect(exported).toContain('One sentence, shown under the title');
  });

  it('writes rich text as one segment with the inline codes of the version', () => {
    if (version === '1.2') {
      expect(exported).toMatch(/<g id="\d+" ctype="x-heading-2" clone="no">Joint statement<\/g>/);
      expect(exported).toMatch(
        /<g id="\d+" ctype="bold" clone="no"><g id="\d+" ctype="italic" clone="no">Pristina<\/g><\/g>/,
      );
      expect(exported).toMatch(/<g id="\d+" ctype="link" clone="no">KFOR page<\/g>/);
      expect(exported).toMatch(/First line<x id="\d+" ctype="lb" clone="no"\/>Second line/);
      expect(exported).toMatch(/<x id="\d+" ctype="image" clone="no"\/>/);
      expect(exported).not.toContain('<pc');
    } else {
      expect(exported).toMatch(
        /<pc id="\d+" type="fmt" subType="xlf:b" dataRefStart="d\d+" canCopy="no" canDelete="no">/,
      );
      expect(exported).toMatch(/<pc id="\d+" type="link" dataRefStart="d\d+"[^>]*>KFOR page<\/pc>/);
      expect(exported).toMatch(/First line<ph id="\d+" type="fmt" subType="xlf:lb"[^>]*\/>Second line/);
      expect(exported).toMatch(/<ph id="\d+" type="image" dataRef="d\d+"[^>]*\/>/);
      expect(exported).toContain('<originalData>');
      expect(exported).not.toContain('<g ');
    }
  });

  it('imports the translator’s French with the structure, marks, link and image of the source', () => {
    const result = parseXliff(addTargets(exported), { targetLanguage: 'fr', key: TEST_KEY });
    expect(result).toMatchObject({ version, sourceLanguage: 'en', targetLanguage: 'fr', unknownIds: [] });
    expect(result.units).toHaveLength(5);
    const units = byField(result.units);

    expect(units[`${RELEASE_ID}.title`]).toMatchObject({
      documentUid: 'plugin::newsroom.release',
      documentId: RELEASE_ID,
      field: 'title',
      original: `release/${RELEASE_ID}`,
      source: 'NATO and EU together for stability',
      target: "L'OTAN et l'UE ensemble pour la stabilité",
      sourceMac: unitMac(TEST_KEY, { documentUid: 'plugin::newsroom.release', documentId: RELEASE_ID, field: 'title' }, 'NATO and EU together for stability'),
      sourceIntact: true,
      disposition: 'translated',
    });
    expect(units[`${RELEASE_ID}.summary`]?.target).toBe('Les deux organisations <s’accordent> & agissent.');
    expect(units[`${RELEASE_ID}.place`]?.target).toBe('Bruxelles');
    expect(units[`${QUOTE_ID}.text`]).toMatchObject({
      documentUid: 'plugin::newsroom.quote',
      target: 'Nous sommes unis.',
    });

    expect(result.units.every((unit) => unit.sourceIntact)).toBe(true);
    const bodyUnit = units[`${RELEASE_ID}.body`]!;
    expect(bodyUnit.sourceMac).toBe(unitMac(TEST_KEY, { documentUid: 'plugin::newsroom.release', documentId: RELEASE_ID, field: 'body' }, body));
    expect(bodyUnit.source).toEqual(body);
    expect(bodyUnit.target).toEqual(frenchBody);
  });

  it('flags a source whose text or formatting data was edited in the file', () => {
    const tampered = addTargets(exported)
      .replace(/kfor\?lang=en&amp;page=1/, 'evil.example')
      .replace('<source>Brussels</source>', '<source>Paris</source>');
    const units = byField(parseXliff(tampered, { targetLanguage: 'fr', key: TEST_KEY }).units);
    expect(units[`${RELEASE_ID}.body`]?.sourceIntact).toBe(false);
    expect(units[`${RELEASE_ID}.place`]?.sourceIntact).toBe(false);
    expect(units[`${RELEASE_ID}.title`]?.sourceIntact).toBe(true);
  });

  it('gives null targets when the translator left them out or empty', () => {
    const result = parseXliff(
      addTargets(exported, () => ''),
      { targetLanguage: 'fr', key: TEST_KEY },
    );
    expect(result.units.map((unit) => unit.target)).toEqual([null, null, null, null, null]);
    expect(parseXliff(exported, { targetLanguage: 'fr', key: TEST_KEY }).units.every((unit) => unit.target === null)).toBe(true);
  });

  it('pre-fills existing translations as translated targets that import back unchanged', () => {
    const request = releaseRequest(version);
    const [title, summary, bodyUnit] = request.files[0]!.units;
    title!.target = 'Titre existant';
    summary!.target = '';
    bodyUnit!.target = frenchBody;
    const xml = exportXliff(request);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain(
      version === '1.2' ? '<target state="translated">Titre existant</target>' : '<target>Titre existant</target>',
    );
    const units = byField(parseXliff(xml, { targetLanguage: 'fr', key: TEST_KEY }).units);
    expect(units[`${RELEASE_ID}.title`]).toMatchObject({ target: 'Titre existant', state: 'translated' });
    expect(units[`${RELEASE_ID}.summary`]?.target).toBeNull();
    expect(units[`${RELEASE_ID}.body`]?.target).toEqual(frenchBody);
  });

  it('fits a pre-filled rich target whose structure differs from the source into its tags, with a note', () => {
    const request = releaseRequest(version);
    request.files[0]!.units[2]!.target = frenchBody.slice(0, 2);
    const xml = exportXliff(request);
    const units = byField(parseXliff(xml, { targetLanguage: 'fr', key: TEST_KEY }).units);
    expect((units[`${RELEASE_ID}.body`]?.target as RichText).slice(0, 2)).toEqual(frenchBody.slice(0, 2));
    expect(xml).toContain('its words were fitted into the tags of the source');
    if (version === '1.2') expect(xml).toContain('<target state="needs-review-translation"><g');
  });

  it('leaves out a pre-filled rich target with no words to fit (an image alone), with a note', () => {
    const request = releaseRequest(version);
    request.files[0]!.units[2]!.target = frenchBody.slice(4);
    const xml = exportXliff(request);
    const units = byField(parseXliff(xml, { targetLanguage: 'fr', key: TEST_KEY }).units);
    expect(units[`${RELEASE_ID}.body`]?.target).toBeNull();
    expect(xml).toContain('The existing translation has a different structure from the source');
  });
});
