import { XMLValidator } from 'fast-xml-parser';

import { exportXliff, parseXliff, XliffError, type ExportRequest, type XliffVersion } from '../index';
import { addTargets, RELEASE_ID, releaseRequest, TEST_KEY } from './fixtures';

const oneUnit = (
  version: XliffVersion,
  source: string | ExportRequest['files'][0]['units'][0]['source'],
): ExportRequest => ({
  key: TEST_KEY,
  version,
  sourceLanguage: 'en',
  targetLanguage: 'fr',
  files: [
    {
      id: 'f1',
      original: 'release/r1',
      units: [{ documentUid: 'plugin::newsroom.release', documentId: RELEASE_ID, field: 'title', source }],
    },
  ],
});

const exportError = (request: ExportRequest): string => {
  try {
    exportXliff(request);
  } catch (error) {
    if (error instanceof XliffError) return `${error.code}: ${error.message}`;
    throw error;
  }
  return 'no error';
};

describe('exportXliff', () => {
  it('writes characters XML cannot carry as <cp> in XLIFF 2, and leaves them out of XLIFF 1.2', () => {
    const source = 'Line\u000Bbreak from Word & <more>';
    const xml2 = exportXliff(oneUnit('2.0', source));
    expect(XMLValidator.validate(xml2)).toBe(true);
    expect(xml2).toContain('Line<cp hex="000B"/>break from Word &amp; &lt;more&gt;');
    expect(parseXliff(xml2, { targetLanguage: 'fr', key: TEST_KEY }).units[0]).toMatchObject({ source, sourceIntact: true });

    const xml12 = exportXliff(oneUnit('1.2', source));
    expect(XMLValidator.validate(xml12)).toBe(true);
    expect(xml12).toContain('<source>Linebreak from Word &amp; &lt;more&gt;</source>');
  });

  it('keeps carriage returns and tabs through the round trip', () => {
    const source = 'a\r\nb\tc';
    for (const version of ['1.2', '2.1'] as const) {
      const xml = exportXliff(oneUnit(version, source));
      expect(xml).toContain('a&#13;\nb\tc');
      expect(parseXliff(xml, { targetLanguage: 'fr', key: TEST_KEY }).units[0]?.source).toBe(source);
    }
  });

  it('keeps formatting data with quotes, ampersands and non-Latin text intact in attributes and <data>', () => {
    const source = [
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: '' },
          { type: 'link', url: 'https://e.org/?a="1"&b=<2>', children: [{ type: 'text', text: 'Приштина' }] },
          { type: 'text', text: '' },
        ],
      },
    ];
    for (const version of ['1.2', '2.0'] as const) {
      const xml = addTargets(exportXliff(oneUnit(version, source)), (content) =>
        content.replace('Приштина', 'Prishtinë'),
      );
      expect(XMLValidator.validate(xml)).toBe(true);
      const unit = parseXliff(xml, { targetLanguage: 'fr', key: TEST_KEY }).units[0];
      expect(unit?.sourceIntact).toBe(true);
      expect(unit?.target).toEqual([
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: '' },
            { type: 'link', url: 'https://e.org/?a="1"&b=<2>', children: [{ type: 'text', text: 'Prishtinë' }] },
            { type: 'text', text: '' },
          ],
        },
      ]);
    }
  });

  it('refuses what it cannot write', () => {
    const request = releaseRequest('2.0');
    expect(exportError({ ...request, targetLanguage: 'fr FR' })).toMatch(/^invalid-export: .*BCP 47/);
    expect(exportError({ ...request, files: [{ ...request.files[0]!, id: 'has space' }] })).toMatch(/^invalid-export/);
    expect(exportError({ ...request, files: [request.files[0]!, request.files[0]!] })).toMatch(/used twice/);
    const units = request.files[0]!.units;
    expect(exportError({ ...request, files: [{ ...request.files[0]!, units: [units[0]!, units[0]!] }] })).toMatch(
      /twice/,
    );
    expect(exportError(oneUnit('1.2', 'x'))).toBe('no error');
    const article = oneUnit('1.2', 'x');
    article.files[0]!.units[0]!.documentUid = 'api::article.article';
    expect(exportError(article)).toMatch(/^invalid-export: .*api::article\.article/);
    const mixed = oneUnit('1.2', 'x');
    mixed.files[0]!.units[0]!.target = [{ type: 'paragraph', children: [] }];
    expect(exportError(mixed)).toMatch(/^invalid-export/);
  });
});
