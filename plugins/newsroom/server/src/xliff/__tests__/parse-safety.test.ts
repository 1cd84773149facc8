import { exportXliff, parseXliff, XliffError, type XliffErrorCode } from '../index';
import { addTargets, releaseRequest, TEST_KEY } from './fixtures';

const codeOf = (run: () => unknown): XliffErrorCode | 'no error' => {
  try {
    run();
  } catch (error) {
    if (error instanceof XliffError) return error.code;
    throw error;
  }
  return 'no error';
};

const fr = { targetLanguage: 'fr', key: TEST_KEY };

/** A minimal XLIFF 1.2 file with one unit of ours. */
const xliff12 = (target: string, { version = '1.2', ns = 'urn:oasis:names:tc:xliff:document:1.2', lang = 'fr' } = {}) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="${version}" xmlns="${ns}">
  <file original="release/r1" datatype="plaintext" source-language="en" target-language="${lang}">
    <body>
      <trans-unit id="release.r1.title.0123456789abcdef0123456789abcdef"><source>Title</source><target>${target}</target></trans-unit>
    </body>
  </file>
</xliff>`;

const targetOf = (xml: string | Buffer): unknown => parseXliff(xml, fr).units[0]?.target;

describe('parseXliff refuses hostile and broken files before parsing them', () => {
  it('refuses what is not XML, saying where', () => {
    expect(codeOf(() => parseXliff('this is not xml', fr))).toBe('not-xml');
    expect(codeOf(() => parseXliff('<xliff version="1.2"><file></xliff>', fr))).toBe('not-xml');
    expect(() => parseXliff('<xliff>\n<file></xliff>', fr)).toThrow(/line 2/);
    expect(codeOf(() => parseXliff('<a/><b/>', fr))).toBe('not-xml');
    expect(codeOf(() => parseXliff('', fr))).toBe('not-xml');
  });

  // Issue 9 hole 6: the validator names line 1, column 1 for a file that ends early.
  it('says at which line and column a truncated file ends', () => {
    const whole = exportXliff(releaseRequest('1.2'));
    const cut = whole.slice(0, whole.indexOf('</trans-unit>', whole.indexOf('</trans-unit>') + 1));
    const lines = cut.trimEnd().split('\n');
    const where = `line ${lines.length}, column ${lines[lines.length - 1]!.length + 1}`;
    expect(lines.length).toBeGreaterThan(5);
    expect(() => parseXliff(cut, fr)).toThrow(new RegExp(`ends at ${where} before <xliff>, <file>, <body>, <trans-unit> are closed`));
    expect(() => parseXliff(`${whole.slice(0, whole.lastIndexOf('</xliff>'))}\n\n`, fr)).toThrow(
      new RegExp(`ends at line ${whole.trimEnd().split('\n').length - 1}, column \\d+ before <xliff> is closed`),
    );
    expect(codeOf(() => parseXliff(cut, fr))).toBe('not-xml');
  });

  it('refuses a billion-laughs DOCTYPE', () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE xliff [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
${xliff12('&lol3;').replace(/^<\?xml[^>]*>\n/, '')}`;
    expect(codeOf(() => parseXliff(laughs, fr))).toBe('doctype-forbidden');
  });

  it('refuses an external entity (XXE)', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${xliff12('&xxe;').replace(/^<\?xml[^>]*>\n/, '')}`;
    expect(codeOf(() => parseXliff(xxe, fr))).toBe('doctype-forbidden');
  });

  it('finds the declaration after a BOM, whitespace or comments, in any case, and in bytes', () => {
    const hidden = '\uFEFF  <!-- hello -->\n<!doctype xliff>' + xliff12('x').replace(/^<\?xml[^>]*>\n/, '');
    expect(codeOf(() => parseXliff(hidden, fr))).toBe('doctype-forbidden');
    expect(codeOf(() => parseXliff(Buffer.from(hidden, 'utf8'), fr))).toBe('doctype-forbidden');
    expect(codeOf(() => parseXliff('<xliff><!ENTITY a "b"></xliff>', fr))).toBe('doctype-forbidden');
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('<!DOCTYPE x [<!ENTITY a "b">]><x/>', 'utf16le'),
    ]);
    expect(codeOf(() => parseXliff(utf16, fr))).toBe('doctype-forbidden');
  });

  it('refuses a file over the size limit, as string or bytes, before anything else', () => {
    const big = xliff12('x'.repeat(2000));
    expect(codeOf(() => parseXliff(big, { ...fr, maxBytes: 1000 }))).toBe('too-large');
    expect(codeOf(() => parseXliff(Buffer.from(big), { ...fr, maxBytes: 1000 }))).toBe('too-large');
    expect(codeOf(() => parseXliff(`<!DOCTYPE x>${big}`, { ...fr, maxBytes: 1000 }))).toBe('too-large');
    expect(codeOf(() => parseXliff(big, fr))).toBe('no error');
    expect(codeOf(() => parseXliff(' '.repeat(5 * 1024 * 1024 + 1), fr))).toBe('too-large');
  });

  it('refuses XLIFF 1.1, a wrong namespace and a root that is not <xliff>', () => {
    expect(codeOf(() => parseXliff(xliff12('x', { version: '1.1' }), fr))).toBe('wrong-version');
    expect(codeOf(() => parseXliff(xliff12('x', { ns: 'urn:oasis:names:tc:xliff:document:2.0' }), fr))).toBe(
      'wrong-version',
    );
    expect(codeOf(() => parseXliff(xliff12('x', { ns: 'http://example.com/xliff' }), fr))).toBe('wrong-version');
    expect(codeOf(() => parseXliff('<html><body/></html>', fr))).toBe('wrong-version');
    const v2WithV1Namespace = exportXliff(releaseRequest('2.0')).replace(':document:2.0', ':document:1.2');
    expect(codeOf(() => parseXliff(v2WithV1Namespace, fr))).toBe('wrong-version');
  });

  it('refuses a file translated into another language, naming both', () => {
    expect(() => parseXliff(xliff12('x', { lang: 'de' }), fr)).toThrow(/"de".*"fr"/);
    expect(codeOf(() => parseXliff(xliff12('x', { lang: 'de' }), fr))).toBe('language-mismatch');
    expect(codeOf(() => parseXliff(exportXliff({ ...releaseRequest('2.1'), targetLanguage: 'de' }), fr))).toBe(
      'language-mismatch',
    );
    expect(codeOf(() => parseXliff(xliff12('x').replace(' target-language="fr"', ''), fr))).toBe('language-mismatch');
  });

  it('compares languages case-insensitively', () => {
    expect(parseXliff(xliff12('x', { lang: 'FR' }), fr).targetLanguage).toBe('FR');
    expect(codeOf(() => parseXliff(xliff12('x', { lang: 'fr-CA' }), { targetLanguage: 'fr-ca', key: TEST_KEY }))).toBe('no error');
    expect(codeOf(() => parseXliff(exportXliff(releaseRequest('2.0')), { targetLanguage: 'FR', key: TEST_KEY }))).toBe('no error');
  });
});

describe('parseXliff text and entities', () => {
  it('decodes escaped markup as text, not markup', () => {
    expect(targetOf(xliff12('&lt;script&gt;alert(1)&lt;/script&gt;'))).toBe('<script>alert(1)</script>');
    expect(targetOf(xliff12('Tom &amp; Jerry &quot;quoted&quot; &apos;single&apos;'))).toBe(
      'Tom & Jerry "quoted" \'single\'',
    );
    expect(targetOf(xliff12('&amp;lt;'))).toBe('&lt;');
  });

  it('decodes decimal and hexadecimal character references', () => {
    expect(targetOf(xliff12('stabilit&#233; &#x00E9;t&#xe9; &#128512;'))).toBe('stabilité été 😀');
  });

  it('keeps CDATA as written', () => {
    expect(targetOf(xliff12('<![CDATA[<b>&amp;</b>]]>'))).toBe('<b>&amp;</b>');
  });

  it('refuses undefined entities and forbidden characters', () => {
    expect(codeOf(() => targetOf(xliff12('&nbsp;')))).toBe('not-xml');
    expect(codeOf(() => targetOf(xliff12('&#0;')))).toBe('not-xml');
    expect(codeOf(() => targetOf(xliff12('&#xD800;')))).toBe('not-xml');
  });

  it('reads UTF-16 and declared single-byte encodings, and refuses bytes that are not valid UTF-8', () => {
    const text = xliff12('Sécurité').replace('encoding="UTF-8"', 'encoding="UTF-16"');
    expect(targetOf(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe('Sécurité');
    const latin1 = xliff12('Sécurité').replace('encoding="UTF-8"', 'encoding="ISO-8859-1"');
    expect(targetOf(Buffer.from(latin1, 'latin1'))).toBe('Sécurité');
    expect(codeOf(() => targetOf(Buffer.from(xliff12('Sécurité'), 'latin1')))).toBe('not-xml');
  });

  it('gives null for an empty or blank target, and the text as written otherwise', () => {
    expect(targetOf(xliff12(''))).toBeNull();
    expect(targetOf(xliff12('   '))).toBeNull();
    expect(targetOf(xliff12('  Titre  '))).toBe('  Titre  ');
    expect(targetOf(xliff12('Ligne 1\nLigne 2'))).toBe('Ligne 1\nLigne 2');
  });

  it('refuses a tag in the translation of plain text', () => {
    expect(codeOf(() => targetOf(xliff12('Titre <x id="1"/>')))).toBe('inline-codes-altered');
  });
});

describe('parseXliff units', () => {
  it('returns ids that are not ours separately', () => {
    const xml = xliff12('Titre').replace(
      '</body>',
      '<trans-unit id="welcome_message"><source>Hi</source><target>Salut</target></trans-unit></body>',
    );
    const result = parseXliff(xml, fr);
    expect(result.units.map((unit) => unit.id)).toEqual(['release.r1.title.0123456789abcdef0123456789abcdef']);
    expect(result.unknownIds).toEqual(['welcome_message']);
  });

  it('reads units inside groups, and the target state', () => {
    const xml = xliff12('Titre')
      .replace('<trans-unit', '<group id="g"><trans-unit')
      .replace('</trans-unit>', '</trans-unit></group>')
      .replace('<target>', '<target state="needs-review-translation">');
    expect(parseXliff(xml, fr).units[0]).toMatchObject({
      target: 'Titre',
      state: 'needs-review-translation',
      original: 'release/r1',
    });
  });

  it('ignores elements of other namespaces around units, and annotations inside targets', () => {
    const xml = xliff12('<mrk mtype="seg" mid="1">Titre</mrk>')
      .replace('<xliff ', '<xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" ')
      .replace('</target>', '</target><sdl:seg-defs><sdl:seg id="1"/></sdl:seg-defs>');
    expect(targetOf(xml)).toBe('Titre');
  });

  it('refuses a unit id used twice in a file, and a unit without source', () => {
    const twice = xliff12('a').replace(
      '</body>',
      '<trans-unit id="release.r1.title.0123456789abcdef0123456789abcdef"><source>T</source></trans-unit></body>',
    );
    expect(codeOf(() => parseXliff(twice, fr))).toBe('malformed');
    expect(codeOf(() => parseXliff(xliff12('a').replace('<source>Title</source>', ''), fr))).toBe('malformed');
  });

  it('refuses rich text whose formatting data was stripped', () => {
    const exported = addTargets(exportXliff(releaseRequest('1.2')), () => 'x');
    expect(codeOf(() => parseXliff(exported.replace(/ extradata="[^"]*"/, ''), fr))).toBe('malformed');
    const exported2 = exportXliff(releaseRequest('2.0'));
    expect(codeOf(() => parseXliff(exported2.replace(/<data id="d3">[^<]*<\/data>/, ''), fr))).toBe('malformed');
  });
});
