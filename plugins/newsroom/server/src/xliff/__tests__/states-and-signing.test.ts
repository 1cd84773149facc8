import { createHash } from 'crypto';

import { exportXliff, parseXliff, rebuildTarget, targetDisposition, XliffError, type ExportRequest, type XliffVersion } from '../index';
import { addTargets, body, RELEASE_ID, releaseRequest, TEST_KEY } from './fixtures';
import { schemaErrors } from './xliff-schema';

const fr = { targetLanguage: 'fr', key: TEST_KEY };
const VERSIONS: XliffVersion[] = ['1.2', '2.0', '2.1'];

/** Sets every unit's target state (1.2: on <target>, 2.x: on <segment>). */
const withState = (xml: string, version: XliffVersion, state: string) =>
  version === '1.2' ? xml.replace(/<target(?: state="[^"]*")?>/g, `<target state="${state}">`) : xml.replace(/<segment(?: state="[^"]*")?>/g, `<segment state="${state}">`);

describe('target states (issue 8 item 10)', () => {
  it.each([
    ['1.2', 'new', 'untranslated'],
    ['1.2', 'needs-translation', 'untranslated'],
    ['1.2', 'needs-l10n', 'translated'],
    ['1.2', 'needs-adaptation', 'translated'],
    ['1.2', 'needs-review-translation', 'translated'],
    ['1.2', 'translated', 'translated'],
    ['1.2', 'final', 'confirmed'],
    ['1.2', 'signed-off', 'confirmed'],
    ['2.0', 'initial', 'untranslated'],
    ['2.1', 'translated', 'translated'],
    ['2.0', 'reviewed', 'confirmed'],
    ['2.1', 'final', 'confirmed'],
  ] as const)('XLIFF %s state "%s" is %s', (version, state, expected) => {
    expect(targetDisposition(version, state)).toBe(expected);
    const xml = withState(addTargets(exportXliff(releaseRequest(version)), (text) => text), version, state);
    for (const unit of parseXliff(xml, fr).units) expect(unit.disposition).toBe(expected);
  });

  it('treats a target without state as translated', () => {
    expect(targetDisposition('1.2', null)).toBe('translated');
    expect(targetDisposition('2.0', null)).toBe('translated');
  });
});

describe('signed unit ids (issue 9 hole 4)', () => {
  it('verifies a file this server exported, with its key only', () => {
    const xml = addTargets(exportXliff(releaseRequest('1.2')));
    expect(parseXliff(xml, fr).units.every((unit) => unit.sourceIntact)).toBe(true);
    expect(parseXliff(xml, { ...fr, key: 'another-server-key-0123456789abcdef-xyz' }).units.some((unit) => unit.sourceIntact)).toBe(false);
  });

  it('flags a forged source with an image in it and a recomputed unkeyed fingerprint', () => {
    const forgedSource = [...body, { type: 'image', image: { url: 'https://evil.example/x.png' }, children: [{ type: 'text', text: '' }] }];
    const request: ExportRequest = { ...releaseRequest('1.2'), key: 'attacker-guess-0123456789abcdef-0123456789' };
    request.files[0]!.units = request.files[0]!.units.filter((unit) => unit.field === 'body').map((unit) => ({ ...unit, source: forgedSource }));
    // What an attacker could do before: an id from the SHA-256 of the forged source.
    const sha = createHash('sha256').update(JSON.stringify(forgedSource)).digest('hex').slice(0, 32);
    const forged = exportXliff(request).replace(/(trans-unit id="release\.[^.]+\.body\.)[0-9a-f]+/, `$1${sha}`);
    const [unit] = parseXliff(addTargets(forged), fr).units;
    expect(unit?.sourceIntact).toBe(false);
  });

  it('flags a link URL changed in the formatting data, and an id moved to another document', () => {
    const xml = addTargets(exportXliff(releaseRequest('2.1')));
    const evil = xml.replace(/kfor\?lang=en&amp;page=1/, 'evil.example');
    expect(parseXliff(evil, fr).units.find((unit) => unit.field === 'body')?.sourceIntact).toBe(false);
    const moved = xml.replaceAll(RELEASE_ID, 'z1z2z3z4z5z6z7z8z9z0z1z2');
    expect(parseXliff(moved, fr).units.filter((unit) => unit.documentUid.endsWith('release')).every((unit) => !unit.sourceIntact)).toBe(true);
  });

  it('rebuilds a target from the server copy of the source: a tag the source does not have is refused', () => {
    const xml = exportXliff(releaseRequest('1.2'));
    const [unit] = parseXliff(addTargets(xml), fr).units.filter((candidate) => candidate.field === 'body');
    expect(rebuildTarget(body, unit!.targetNodes!, unit!.id)).toEqual(unit!.target);
    // A target with an extra image code (id 99) that only the file's formatting data would know.
    const extra = [...unit!.targetNodes!, { kind: 'standalone' as const, id: '99' }];
    expect(() => rebuildTarget(body, extra, unit!.id)).toThrow(XliffError);
  });
});

describe('previous source of outdated units (issue 8 item 11)', () => {
  const request = (version: XliffVersion): ExportRequest => {
    const base = releaseRequest(version);
    const [title, summary, bodyUnit] = base.files[0]!.units;
    title!.target = 'Ancien titre';
    title!.targetState = 'needs-review';
    title!.previous = { source: 'NATO and EU together', target: 'Ancien titre' };
    summary!.target = 'Résumé';
    bodyUnit!.previous = { source: body, target: null };
    return base;
  };

  it('writes 1.2 alt-trans with the previous source and target, the target needs review, valid against the OASIS schema', () => {
    const xml = exportXliff(request('1.2'));
    expect(xml).toContain('<target state="needs-review-translation">Ancien titre</target>');
    expect(xml).toMatch(/<alt-trans alttranstype="previous-version">\s*<source>NATO and EU together<\/source>\s*<target>Ancien titre<\/target>\s*<\/alt-trans>/);
    expect(xml).toContain('<target state="translated">Résumé</target>');
    expect(schemaErrors(xml, '1.2')).toBe('');
    // The alt-trans target is not read as the unit's target.
    const title = parseXliff(xml, fr).units.find((unit) => unit.field === 'title');
    expect(title).toMatchObject({ target: 'Ancien titre', state: 'needs-review-translation', disposition: 'translated' });
  });

  it.each(['2.0', '2.1'] as const)('writes XLIFF %s notes with the previous source and target, valid against the OASIS schema', (version) => {
    const xml = exportXliff(request(version));
    expect(xml).toContain('<note category="newsroom:previous-source" appliesTo="source">NATO and EU together</note>');
    expect(xml).toContain('<note category="newsroom:previous-target" appliesTo="target">Ancien titre</note>');
    expect(xml).toContain('<note category="newsroom:previous-source" appliesTo="source">Joint statement\n');
    expect(schemaErrors(xml, version)).toBe('');
  });

  it.each(VERSIONS)('keeps plain exports of XLIFF %s valid against the OASIS schema', (version) => {
    expect(schemaErrors(addTargets(exportXliff(releaseRequest(version))), version)).toBe('');
  });
});
