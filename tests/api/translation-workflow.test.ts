/**
 * The translator's workflow through a booted Strapi (issue 8 items 9-15, issue 9 holes 4 and 6):
 * statuses after a complete import, target states, partial translations, confirming an outdated
 * translation through XLIFF, releases as current as their parts, relations, forged and truncated
 * files, records deleted with their documents. Exports are validated against the OASIS schemas.
 */
import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

import { schemaErrors } from '../../plugins/newsroom/server/src/xliff/__tests__/xliff-schema';
import { canonicalForm } from '../../plugins/newsroom/server/src/xliff/fingerprint';
import { exportedForm } from '../../plugins/newsroom/server/src/xliff/unit-mac';
import type { RichText } from '../../plugins/newsroom/server/src/xliff/types';
import { seedDemo } from '../../src/demo/seed';
import { DEPLOYMENT_UID, documents, QUOTE_UID, RELEASE_UID } from '../helpers/fixtures';
import { adminToken, bootApp, type TestApp } from '../helpers/strapi';

let app: TestApp;
let token: string;
let releaseId: string;

beforeAll(async () => {
  app = await bootApp();
  releaseId = (await seedDemo(app.strapi)).releaseDocumentId;
  token = await adminToken(app);
});
afterAll(async () => {
  await app?.close();
});

type Version = '1.2' | '2.0' | '2.1';
interface LocaleStatus {
  locale: string;
  status: string;
  ownStatus?: string;
  parts?: Array<{ type: string; documentId: string; status: string }>;
  changes: Array<{ field: string; status: string; previousSource: unknown; currentSource: unknown }>;
}
interface DocumentStatus {
  documentId: string;
  label: string;
  locales: LocaleStatus[];
}
interface UnitReport {
  id: string;
  uid: string;
  documentId: string;
  field: string;
  result: string;
}

const admin = (method: 'get' | 'post', url: string) => app.http()[method](url).set('Authorization', `Bearer ${token}`);

const exportFile = async (locale: string, version: Version = '1.2', onlyChanged = false) =>
  (await admin('get', `/newsroom/translations/releases/${releaseId}/xliff?locale=${locale}&version=${version}${onlyChanged ? '&onlyChanged=true' : ''}`).expect(200))
    .text;

/** A translator's tool: copies each source into its target, text prefixed, inline codes kept (alt-trans left alone). */
const translate = (xml: string, prefix: string) =>
  xml
    .replace(/<alt-trans[\s\S]*?<\/alt-trans>/g, (block) => block.replace(/<(\/?)(source|target)>/g, '<$1x-$2>'))
    .replace(/<source([^>]*)>([\s\S]*?)<\/source>(\s*<target[^>]*>[\s\S]*?<\/target>)?/g, (_all, attrs, inner) => {
      const translated = String(inner).replace(/(^|>)([^<]+)/g, (_m, open, text) => (String(text).trim() ? `${open}${prefix}${text}` : `${open}${text}`));
      return `<source${attrs}>${inner}</source><target>${translated}</target>`;
    })
    .replace(/<(\/?)x-(source|target)>/g, '<$1$2>');

/** What a CAT tool writes for segments nobody translated: a copy of the source, marked untranslated. */
const copySourceAs = (xml: string, version: Version, state: string) =>
  version === '1.2'
    ? xml.replace(/<source([^>]*)>([\s\S]*?)<\/source>(\s*<target[^>]*>[\s\S]*?<\/target>)?/g, `<source$1>$2</source><target state="${state}">$2</target>`)
    : xml
        .replace(/<segment[^>]*>/g, `<segment state="${state}">`)
        .replace(/<source([^>]*)>([\s\S]*?)<\/source>(\s*<target[^>]*>[\s\S]*?<\/target>)?/g, '<source$1>$2</source><target>$2</target>');

const setStates = (xml: string, version: Version, state: string) =>
  version === '1.2' ? xml.replace(/<target state="[^"]*">/g, `<target state="${state}">`) : xml.replace(/<segment[^>]*>/g, `<segment state="${state}">`);

const importFile = (locale: string, xml: string) =>
  admin('post', `/newsroom/translations/xliff/import?locale=${locale}&documentId=${releaseId}`).set('Content-Type', 'application/xml').send(xml);

const releaseStatus = async () =>
  (await admin('get', `/newsroom/translations/releases/${releaseId}`).expect(200)).body.data as {
    release: DocumentStatus;
    quotes: DocumentStatus[];
    deployments: DocumentStatus[];
  };
const inLocale = (doc: DocumentStatus, locale: string) => doc.locales.find((entry) => entry.locale === locale)!;
const unitCount = (xml: string) => (xml.match(/<trans-unit |<unit /g) ?? []).length;
const rowsIn = async (locale: string) => app.strapi.db.query(RELEASE_UID).count({ where: { locale } });
const stateRows = (where: Record<string, string>) =>
  app.strapi.db.connection('newsroom_translation_states').where(where).select('content_type', 'document_id', 'locale') as Promise<
    Array<{ content_type: string; document_id: string; locale: string }>
  >;

describe('a complete import', () => {
  let report: { counts: Record<string, number>; units: UnitReport[]; relations: Array<{ field: string; result: string; uid: string }> };

  it('exports files valid against the OASIS XLIFF schemas, which translate-toolkit reads', async () => {
    for (const version of ['1.2', '2.0', '2.1'] as const) expect(schemaErrors(await exportFile('sq', version), version)).toBe('');
    const xml = await exportFile('sq', '1.2');
    const dir = mkdtempSync(join(tmpdir(), 'xliff2po-'));
    try {
      writeFileSync(join(dir, 'release.xlf'), xml);
      execFileSync('xliff2po', ['-i', join(dir, 'release.xlf'), '-o', join(dir, 'release.po')], { stdio: 'pipe' });
      const po = readFileSync(join(dir, 'release.po'), 'utf8');
      expect((po.match(/^msgid "/gm) ?? []).length - 1).toBe(unitCount(xml)); // minus the PO header
      expect(po).toContain('NATO and EU together for stability in Kosovo and the Western Balkans');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves nothing outdated, also where the source has empty fields (item 9)', async () => {
    const xml = await exportFile('sq');
    const response = await importFile('sq', translate(xml, '[sq] ')).expect(200);
    report = response.body.data;
    expect(report.counts.applied).toBe(unitCount(xml));
    const status = await releaseStatus();
    for (const doc of [status.release, ...status.quotes, ...status.deployments]) {
      expect({ label: doc.label, ...inLocale(doc, 'sq') }).toMatchObject({ label: doc.label, status: 'current', changes: [] });
    }
    expect((await exportFile('sq', '1.2', true)).match(/<trans-unit /g)).toBeNull();
    await admin('post', '/newsroom/translations/xliff/export').send({ locale: 'sq' }).expect(404);
  });

  it('mirrors every relation of the source: 2 people, 6 organisations, 3 quotes, 3 deployments (item 14)', async () => {
    const sq = (await app.strapi.documents(RELEASE_UID).findOne({
      documentId: releaseId,
      locale: 'sq',
      status: 'draft',
      populate: { people: { populate: { organisation: true } }, organisations: true, quotes: { populate: { speaker: true } }, deployments: true },
    } as never)) as unknown as Record<string, Array<Record<string, any>>>;
    expect(sq.people).toHaveLength(2);
    expect(sq.organisations).toHaveLength(6);
    expect(sq.quotes).toHaveLength(3);
    expect(sq.deployments).toHaveLength(3);
    for (const person of sq.people!) expect(person.organisation?.documentId).toEqual(expect.any(String));
    for (const quote of sq.quotes!) expect(quote.speaker?.name).toEqual(expect.any(String));
    expect(report.relations.filter((relation) => relation.result === 'not-linked')).toEqual([]);
    expect(report.relations.filter((relation) => relation.uid === RELEASE_UID && relation.field === 'organisations')).toHaveLength(6);
  });
});

describe('target states (item 10)', () => {
  it.each([
    ['1.2', 'needs-translation'],
    ['1.2', 'new'],
    ['2.1', 'initial'],
  ] as const)('skips XLIFF %s units marked %s, with a copy of the source, and reports them', async (version, state) => {
    const xml = await exportFile('sr-Latn', version);
    const response = await importFile('sr-Latn', copySourceAs(xml, version, state)).expect(200);
    expect(response.body.data.counts).toMatchObject({ untranslated: unitCount(xml), applied: 0 });
    expect(await rowsIn('sr-Latn')).toBe(0);
  });
});

describe('partial translations (item 13)', () => {
  it('calls a first translation with some fields partial, the others missing with no previous source', async () => {
    const xml = translate(await exportFile('sr-Latn'), '[sr] ');
    // Only the release's title is translated; every other target is marked untranslated.
    const partial = xml.replace(/<target>([\s\S]*?)<\/target>/g, (whole, _inner, offset: number) =>
      xml.lastIndexOf('<trans-unit', offset) === xml.indexOf('<trans-unit') ? whole : whole.replace('<target>', '<target state="needs-translation">'),
    );
    const response = await importFile('sr-Latn', partial).expect(200);
    expect(response.body.data.counts.applied).toBe(1);
    // Quotes and deployments not translated yet cannot be linked: each one is reported (item 14).
    const notLinked = (response.body.data.relations as Array<{ field: string; result: string; reason: string }>).filter(
      (relation) => relation.result === 'not-linked',
    );
    expect(notLinked.map((relation) => relation.field).sort()).toEqual(['deployments', 'deployments', 'deployments', 'quotes', 'quotes', 'quotes']);
    expect(notLinked[0]!.reason).toMatch(/no "sr-Latn" version/);
    const release = inLocale((await releaseStatus()).release, 'sr-Latn');
    expect(release.ownStatus).toBe('partial');
    expect(release.status).toBe('partial');
    expect(release.changes.map((change) => [change.field, change.status, change.previousSource])).toEqual([
      ['summary', 'missing', null],
      ['body', 'missing', null],
      ['place', 'missing', null],
    ]);
    const matrix = await admin('get', '/newsroom/translations?type=release&locale=sr-Latn&status=partial').expect(200);
    expect(matrix.body.data.map((doc: DocumentStatus) => doc.documentId)).toEqual([releaseId]);
  });
});

describe('outdated parts and confirmations', () => {
  let deploymentId: string;

  it('makes the release as outdated as its least current deployment (item 12)', async () => {
    deploymentId = (await releaseStatus()).deployments.find((doc) => doc.label === '65th Mechanized Infantry Brigade')!.documentId;
    await documents(app.strapi, DEPLOYMENT_UID).update({ documentId: deploymentId, locale: 'en', data: { unit: '65th Mechanised Infantry Brigade' } });
    const sq = inLocale((await releaseStatus()).release, 'sq');
    expect(sq).toMatchObject({ status: 'outdated', ownStatus: 'current' });
    expect(sq.parts).toEqual([expect.objectContaining({ type: 'deployment', documentId: deploymentId, status: 'outdated' })]);
    const matrix = await admin('get', '/newsroom/translations?type=release&locale=sq&status=outdated').expect(200);
    expect(matrix.body.data.map((doc: DocumentStatus) => doc.documentId)).toEqual([releaseId]);
    const bulk = await admin('post', '/newsroom/translations/xliff/export').send({ locale: 'sq', onlyChanged: true }).expect(200);
    expect(bulk.headers['x-newsroom-releases']).toBe('1');
    expect(bulk.text).toContain('65th Mechanised Infantry Brigade');
  });

  it('exports the previous source with an outdated target, and confirms it when sent back marked final (1.2, item 11)', async () => {
    const xml = await exportFile('sq', '1.2', true);
    expect(schemaErrors(xml, '1.2')).toBe('');
    expect(unitCount(xml)).toBe(1);
    expect(xml).toContain('<target state="needs-review-translation">[sq] 65th Mechanized Infantry Brigade</target>');
    expect(xml).toMatch(
      /<alt-trans alttranstype="previous-version">\s*<source>65th Mechanized Infantry Brigade<\/source>\s*<target>\[sq\] 65th Mechanized Infantry Brigade<\/target>/,
    );
    // Sent back as it is: still outdated.
    expect((await importFile('sq', xml).expect(200)).body.data.counts).toMatchObject({ unchanged: 1, confirmed: 0 });
    expect(inLocale((await releaseStatus()).release, 'sq').status).toBe('outdated');
    // Marked signed-off: confirmed, current.
    const signed = await importFile('sq', setStates(xml, '1.2', 'signed-off')).expect(200);
    expect(signed.body.data.counts).toMatchObject({ confirmed: 1, applied: 0 });
    const status = await releaseStatus();
    expect(inLocale(status.deployments.find((doc) => doc.documentId === deploymentId)!, 'sq').status).toBe('current');
    expect(inLocale(status.release, 'sq')).toMatchObject({ status: 'current', parts: [] });
  });

  it('does the same in XLIFF 2.1 with a note and the reviewed state', async () => {
    await documents(app.strapi, QUOTE_UID).update({ documentId: (await releaseStatus()).quotes[0]!.documentId, locale: 'en', data: { speakerRole: 'NATO Deputy Secretary General' } });
    const xml = await exportFile('sq', '2.1', true);
    expect(schemaErrors(xml, '2.1')).toBe('');
    expect(xml).toContain('<note category="newsroom:previous-source" appliesTo="source">Deputy Secretary General</note>');
    expect(inLocale((await releaseStatus()).release, 'sq').status).toBe('outdated');
    const reviewed = await importFile('sq', setStates(xml, '2.1', 'reviewed')).expect(200);
    expect(reviewed.body.data.counts.confirmed).toBe(1);
    expect(inLocale((await releaseStatus()).release, 'sq').status).toBe('current');
  });
});

describe('forged and broken files (issue 9 holes 4 and 6)', () => {
  const sqBody = async () =>
    JSON.stringify(((await app.strapi.documents(RELEASE_UID).findOne({ documentId: releaseId, locale: 'sq', status: 'draft' } as never)) as unknown as { body: unknown }).body);

  it('refuses a file whose source was forged, with an image, and a recomputed SHA-256 id', async () => {
    const xml = translate(await exportFile('sq', '1.2'), '[forged] ');
    const en = (await app.strapi.documents(RELEASE_UID).findOne({ documentId: releaseId, locale: 'en', status: 'draft' } as never)) as unknown as { body: RichText };
    const image = { type: 'image', image: { url: 'https://evil.example/pixel.png' }, children: [{ type: 'text', text: '' }] };
    const forgedSource = exportedForm([...en.body, image]);
    const forged = xml
      .replace(/(<trans-unit id="release\.[a-z0-9]+\.body\.)([0-9a-f]+)("[^>]*extradata=")([^"]*)"/, (_all, start, mac: string, middle, data: string) => {
        const codes = JSON.parse(data.replace(/&quot;/g, '"'));
        codes.codes['99'] = { kind: 'void', node: image };
        // What identified a unit before: the SHA-256 of its source, which anyone can compute.
        const fake = createHash('sha256').update(canonicalForm(forgedSource)).digest('hex').slice(0, mac.length);
        return `${start}${fake}${middle}${JSON.stringify(codes).replace(/"/g, '&quot;')}"`;
      })
      // The image in the source and in the translation, as a crafted file would put it.
      .replace(/(<trans-unit id="release\.[a-z0-9]+\.body\.[\s\S]*?)<\/g><\/source>([\s\S]*?)<\/g><\/target>/, '$1</g><x id="99" ctype="image" clone="no"/></source>$2</g><x id="99" ctype="image" clone="no"/></target>');
    expect(forged).toContain('</g><x id="99" ctype="image" clone="no"/></target>');
    const before = await sqBody();
    const response = await importFile('sq', forged);
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ details: { code: 'signature-invalid' } });
    expect(response.body.error.details.errors[0].path).toEqual(['xliff']);
    expect(await sqBody()).toBe(before);
    expect(await sqBody()).not.toContain('evil.example');
  });

  it('refuses a link that points elsewhere in the formatting data', async () => {
    await documents(app.strapi, RELEASE_UID).update({
      documentId: releaseId,
      locale: 'en',
      data: { body: [{ type: 'paragraph', children: [{ type: 'text', text: 'See ' }, { type: 'link', url: 'https://www.nato.int/', children: [{ type: 'text', text: 'NATO' }] }, { type: 'text', text: '.' }] }] },
    });
    const xml = translate(await exportFile('sq', '2.1'), '[sq] ').replace('https://www.nato.int/', 'https://evil.example/');
    const before = await sqBody();
    const response = await importFile('sq', xml);
    expect(response.status).toBe(400);
    expect(response.body.error.details.code).toBe('signature-invalid');
    expect(await sqBody()).toBe(before);
  });

  it('says where a truncated file ends', async () => {
    const xml = await exportFile('sq', '1.2');
    const end = xml.indexOf('</source>', Math.floor(xml.length / 2)) + '</source>'.length;
    const cut = xml.slice(0, end);
    const lines = cut.trimEnd().split('\n');
    const response = await importFile('sq', cut);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain(`line ${lines.length}, column ${[...lines[lines.length - 1]!].length + 1}`);
    expect(lines.length).toBeGreaterThan(1);
  });
});

describe('an outdated rich-text field (tester finding: no target for the body)', () => {
  type Block = { type: string; children: Array<Record<string, unknown>> };
  const enBody = async () =>
    ((await app.strapi.documents(RELEASE_UID).findOne({ documentId: releaseId, locale: 'en', status: 'draft' } as never)) as unknown as { body: Block[] }).body;
  const bodyUnit = (xml: string, version: Version) =>
    (version === '1.2' ? /<trans-unit id="release\.[^"]*\.body\.[\s\S]*?<\/trans-unit>/ : /<unit id="release\.[^"]*\.body\.[\s\S]*?<\/unit>/).exec(xml)?.[0] ?? '';
  const bodyStatus = async () => inLocale((await releaseStatus()).release, 'fr').changes.find((change) => change.field === 'body');

  it.each(['1.2', '2.1'] as const)('pre-fills the existing translation with its inline codes, and confirms it sent back final (%s)', async (version) => {
    // The body translated into fr with its formatting, through the XLIFF workflow.
    const full = await exportFile('fr', version);
    expect(bodyUnit(full, version)).toMatch(/<g |<pc /);
    expect((await importFile('fr', translate(full, '[fr] ')).expect(200)).body.data.counts.applied).toBeGreaterThan(0);
    expect(await bodyStatus()).toBeUndefined();
    // The English body changes its words, not its structure.
    const body = await enBody();
    const first = body.find((block) => block.type === 'paragraph')!;
    const run = first.children.find((child) => typeof child.text === 'string' && child.text !== '')!;
    run.text = `${String(run.text)} (updated ${version})`;
    await documents(app.strapi, RELEASE_UID).update({ documentId: releaseId, locale: 'en', data: { body } });
    expect((await bodyStatus())?.status).toBe('outdated');

    const xml = await exportFile('fr', version, true);
    expect(schemaErrors(xml, version)).toBe('');
    const unit = bodyUnit(xml, version);
    if (version === '1.2') {
      expect(unit).toMatch(/<target state="needs-review-translation"><g id="[^"]+"[^>]*>\[fr\] /);
      expect(unit).toContain('<alt-trans alttranstype="previous-version">');
    } else {
      expect(unit).toMatch(/<target><pc id="[^"]+"[^>]*>\[fr\] /);
      expect(unit).toContain('category="newsroom:previous-source"');
    }
    // Sent back as exported: not a blank target, still outdated.
    const asIs = (await importFile('fr', xml).expect(200)).body.data;
    expect(asIs.units.find((entry: UnitReport) => entry.field === 'body')?.result).not.toBe('empty-target');
    expect((await bodyStatus())?.status).toBe('outdated');
    // Marked final / signed-off: confirmed, current.
    const done = await importFile('fr', setStates(xml, version, version === '1.2' ? 'signed-off' : 'final')).expect(200);
    expect(done.body.data.units.find((entry: UnitReport) => entry.field === 'body')?.result).toBe('confirmed');
    expect(await bodyStatus()).toBeUndefined();
  });

  it.each(['1.2', '2.1'] as const)('fits the translation into the source tags when formatting and a paragraph were added, and confirms it sent back final (%s)', async (version) => {
    const frBody = async () =>
      ((await app.strapi.documents(RELEASE_UID).findOne({ documentId: releaseId, locale: 'fr', status: 'draft' } as never)) as unknown as { body: Block[] }).body;
    const before = await frBody();
    // The English body gains a bold word, a link and a paragraph the French does not have.
    const body = await enBody();
    const first = body.find((block) => block.type === 'paragraph')!;
    first.children = [
      ...first.children,
      { type: 'text', text: ' Read more', bold: true },
      { type: 'link', url: 'https://jfcnaples.nato.int/kfor', children: [{ type: 'text', text: 'on the KFOR site' }] },
    ];
    body.push({ type: 'paragraph', children: [{ type: 'text', text: `A paragraph added (${version}).` }] });
    await documents(app.strapi, RELEASE_UID).update({ documentId: releaseId, locale: 'en', data: { body } });
    expect((await bodyStatus())?.status).toBe('outdated');

    const xml = await exportFile('fr', version, true);
    expect(schemaErrors(xml, version)).toBe('');
    const unit = bodyUnit(xml, version);
    const firstFrench = String(before.find((block) => block.type === 'paragraph')!.children[0]!.text).slice(0, 20);
    if (version === '1.2') expect(unit).toMatch(/<target state="needs-review-translation"><g id="[^"]+"[^>]*>/);
    else expect(unit).toMatch(/<target><pc id="[^"]+"[^>]*>/);
    expect(unit).toContain(firstFrench.replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/</g, '&lt;').slice(0, 10));
    expect(unit).toContain('words were fitted into the tags of the source');
    // Sent back as exported: nothing changes, still outdated.
    const asIs = (await importFile('fr', xml).expect(200)).body.data;
    expect(asIs.units.find((entry: UnitReport) => entry.field === 'body')?.result).toBe('unchanged');
    expect(await frBody()).toEqual(before);
    expect((await bodyStatus())?.status).toBe('outdated');
    // Marked final / signed-off: confirmed, current.
    const done = await importFile('fr', setStates(xml, version, version === '1.2' ? 'signed-off' : 'final')).expect(200);
    expect(done.body.data.units.find((entry: UnitReport) => entry.field === 'body')?.result).toBe('confirmed');
    expect(await bodyStatus()).toBeUndefined();
  });
});

describe('records deleted with their documents (item 15)', () => {
  it('deletes a locale’s records with that locale of a document, all with the document, and a deleted locale’s', async () => {
    const quoteId = (await releaseStatus()).quotes[1]!.documentId;
    expect(await stateRows({ document_id: quoteId, locale: 'sq' })).toHaveLength(1);
    await app.strapi.documents(QUOTE_UID).delete({ documentId: quoteId, locale: 'sq' } as never);
    expect(await stateRows({ document_id: quoteId, locale: 'sq' })).toEqual([]);
    expect(await stateRows({ document_id: quoteId, locale: 'fr' })).toHaveLength(1);

    expect((await stateRows({ locale: 'sr-Latn' })).length).toBeGreaterThan(0);
    const locale = (await app.strapi.db.query('plugin::i18n.locale').findOne({ where: { code: 'sr-Latn' } })) as { id: number };
    await app.strapi.plugin('i18n').service('locales').delete({ id: locale.id });
    expect(await stateRows({ locale: 'sr-Latn' })).toEqual([]);

    expect((await stateRows({ document_id: releaseId })).length).toBeGreaterThan(0);
    await app.strapi.documents(RELEASE_UID).delete({ documentId: releaseId, locale: '*' } as never);
    expect(await stateRows({ document_id: releaseId })).toEqual([]);
  });
});
