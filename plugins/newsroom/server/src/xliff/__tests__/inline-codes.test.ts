import {
  encodeUnitId,
  exportXliff,
  parseXliff,
  richTextToSegment,
  segmentToRichText,
  XliffError,
  type RichText,
  type XliffVersion,
} from '../index';
import {
  addTargets,
  body,
  frenchBody,
  RELEASE_ID,
  releaseRequest,
  setTarget,
  sourceOf,
  TEST_KEY,
  translateInline,
} from './fixtures';
import { unitMac } from '../unit-mac';

const BODY_ID = encodeUnitId({
  documentUid: 'plugin::newsroom.release',
  documentId: RELEASE_ID,
  field: 'body',
  sourceMac: unitMac(TEST_KEY, { documentUid: 'plugin::newsroom.release', documentId: RELEASE_ID, field: 'body' }, body),
});

/** Imports the release with `target` as the body's translation (other fields: any text). */
const importBody = (version: XliffVersion, target: string): RichText | null => {
  const xml = setTarget(
    addTargets(exportXliff(releaseRequest(version)), () => 'x'),
    BODY_ID,
    target,
  );
  const unit = parseXliff(xml, { targetLanguage: 'fr', key: TEST_KEY }).units.find((candidate) => candidate.id === BODY_ID);
  return (unit?.target ?? null) as RichText | null;
};

/** The French body in 1.2 codes (ids only: a CAT tool may drop the other attributes), with paragraph 2 given. */
const fr12 = (paragraph: string, list = '<g id="7">Sécurité</g><g id="8"><g id="9">Stabilité</g></g>') =>
  `<g id="1">Déclaration commune</g><g id="2">${paragraph}</g><g id="6">${list}</g>` +
  '<g id="10">Première ligne<x id="11"/>Deuxième ligne</g><x id="12"/>';

const fr2 = (paragraph: string) =>
  `<pc id="1">Déclaration commune</pc><pc id="2">${paragraph}</pc><pc id="6"><pc id="7">Sécurité</pc>` +
  '<pc id="8"><pc id="9">Stabilité</pc></pc></pc><pc id="10">Première ligne<ph id="11"/>Deuxième ligne</pc><ph id="12"/>';

const PARAGRAPH_12 =
  'L\'OTAN et l\'UE se sont réunies à <g id="3"><g id="4">Pristina</g></g>. Lisez la <g id="5">page</g>.';

const expectAltered = (run: () => unknown, fragment: string): void => {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(XliffError);
  expect(caught).toMatchObject({ code: 'inline-codes-altered', unitId: BODY_ID });
  expect((caught as XliffError).message).toContain(BODY_ID);
  expect((caught as XliffError).message).toContain(fragment);
};

const LINK = { type: 'link', url: 'https://www.nato.int/kfor?lang=en&page=1' };

describe('inline codes on import', () => {
  it('accepts the codes as the source has them, with attributes dropped', () => {
    const paragraph = importBody('1.2', fr12(PARAGRAPH_12))?.[1];
    expect(paragraph).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', text: "L'OTAN et l'UE se sont réunies à " },
        { type: 'text', text: 'Pristina', bold: true, italic: true },
        { type: 'text', text: '. Lisez la ' },
        { ...LINK, children: [{ type: 'text', text: 'page' }] },
        { type: 'text', text: '.' },
      ],
    });
  });

  it('accepts codes reordered by the translator: link first, bold and italic swapped', () => {
    const reordered = '<g id="5">La page</g> dit que l\'OTAN est à <g id="4"><g id="3">Pristina</g></g>.';
    expect(importBody('1.2', fr12(reordered))?.[1]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', text: '' },
        { ...LINK, children: [{ type: 'text', text: 'La page' }] },
        { type: 'text', text: " dit que l'OTAN est à " },
        { type: 'text', text: 'Pristina', bold: true, italic: true },
        { type: 'text', text: '.' },
      ],
    });
  });

  it('accepts bold and italic moved to other words of the same paragraph', () => {
    const moved = '<g id="3">L\'OTAN</g> se réunit à <g id="4">Pristina</g> : <g id="5">page</g>.';
    expect(importBody('2.0', fr2(moved.replace(/<g /g, '<pc ').replace(/<\/g>/g, '</pc>')))?.[1]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', text: "L'OTAN", bold: true },
        { type: 'text', text: ' se réunit à ' },
        { type: 'text', text: 'Pristina', italic: true },
        { type: 'text', text: ' : ' },
        { ...LINK, children: [{ type: 'text', text: 'page' }] },
        { type: 'text', text: '.' },
      ],
    });
  });

  it('accepts an XLIFF 2 unit a tool split into two segments, with a <pc> turned into <sc/>…<ec/>', () => {
    const exported = exportXliff(releaseRequest('2.1'));
    const source = sourceOf(exported, BODY_ID);
    /** Paragraph 2 as <sc/>…<ec/>, then a segment break after "Pristina". */
    const resegment = (content: string): [string, string] => {
      const split = content
        .replace(/<pc id="2"[^>]*>/, '<sc id="2" dataRef="d2"/>')
        .replace('.</pc><pc id="6"', '.<ec startRef="2"/><pc id="6"');
      const cut = split.indexOf('</pc></pc>') + '</pc></pc>'.length;
      return [split.slice(0, cut), split.slice(cut)];
    };
    const [source1, source2] = resegment(source);
    const [target1, target2] = resegment(translateInline(source));
    const xml = exported.replace(
      `<segment>\n        <source>${source}</source>\n      </segment>`,
      `<segment><source>${source1}</source><target>${target1}</target></segment>` +
        `<segment state="reviewed"><source>${source2}</source><target>${target2}</target></segment>`,
    );
    expect(xml).toContain('<ec startRef="2"/>');
    const unit = parseXliff(xml, { targetLanguage: 'fr', key: TEST_KEY }).units.find((candidate) => candidate.id === BODY_ID);
    expect(unit).toMatchObject({ source: body, target: frenchBody, state: 'initial' });
  });

  it('refuses a missing code, naming the unit and the tag', () => {
    expectAltered(
      () => importBody('1.2', fr12(PARAGRAPH_12, '<g id="7">Sécurité</g><g id="8">Stabilité</g>')),
      'tag 9 (bold) is missing',
    );
    expectAltered(
      () => importBody('2.1', fr2('L\'OTAN à Pristina. Lisez la <pc id="5">page</pc>.')),
      'tag 3 (bold) is missing',
    );
  });

  it('refuses an extra code, and a code used twice', () => {
    expectAltered(() => importBody('1.2', fr12(`${PARAGRAPH_12}<g id="13">plus</g>`)), 'tag 13 is not in the source');
    expectAltered(
      () => importBody('1.2', fr12(`${PARAGRAPH_12}<x id="11"/>`)),
      'tag 11 (line break) appears more than once',
    );
  });

  it('refuses a changed id', () => {
    expectAltered(
      () => importBody('1.2', fr12(PARAGRAPH_12.replace('<g id="3">', '<g id="30">'))),
      'tag 30 is not in the source',
    );
  });

  it('refuses a paired code turned into a standalone one', () => {
    const flattened = 'L\'OTAN à <x id="3"/><g id="4">Pristina</g>. <g id="5">page</g>.';
    expectAltered(
      () => importBody('1.2', fr12(flattened)),
      'tag 3 (bold) was changed from a paired tag to a standalone one',
    );
  });

  it('refuses blocks out of order, and says that blocks must keep their order', () => {
    const swapped = fr12(PARAGRAPH_12).replace('<g id="1">Déclaration commune</g><g id="2">', '<g id="2">');
    const withHeadingLater = swapped.replace('<g id="6">', '<g id="1">Déclaration commune</g><g id="6">');
    expectAltered(() => importBody('1.2', withHeadingLater), 'must keep the order and nesting of the source');
  });

  it('refuses a mark moved into another block', () => {
    const list = '<g id="7"><g id="9">Sécurité</g></g><g id="8">Stabilité</g>';
    expectAltered(
      () => importBody('1.2', fr12(PARAGRAPH_12, list)),
      'tag 9 (bold) was moved out of its tag 8 (list-item)',
    );
  });

  it('refuses text put between blocks', () => {
    expectAltered(
      () => importBody('1.2', `Texte libre${fr12(PARAGRAPH_12)}`),
      'the text "Texte libre" is outside the paragraphs',
    );
  });

  it('refuses overlapping XLIFF 2 start/end codes', () => {
    const overlapping =
      'L\'OTAN <sc id="3"/>à <sc id="4"/>Pristina<ec startRef="3"/>.<ec startRef="4"/> <pc id="5">page</pc>.';
    expectAltered(() => importBody('2.0', fr2(overlapping)), 'tags 4 and 3 overlap');
  });

  it('refuses 1.2 codes it cannot pair with the source (<bpt>)', () => {
    const bpt = 'L\'OTAN à <bpt id="3">[b]</bpt><g id="4">Pristina</g><ept id="3">[/b]</ept> <g id="5">page</g>.';
    expectAltered(() => importBody('1.2', fr12(bpt)), 'it uses a <bpt> tag');
  });

  it('treats a target that only copies the tags, with no words, as untranslated', () => {
    const empty =
      '<g id="1"/><g id="2"><g id="3"><g id="4"/></g><g id="5"/></g><g id="6"><g id="7"/><g id="8"><g id="9"/></g></g><g id="10"><x id="11"/></g><x id="12"/>';
    expect(importBody('1.2', empty)).toBeNull();
  });
});

describe('rich text ↔ segment', () => {
  it('shares one code between text runs that have the same mark', () => {
    const blocks: RichText = [
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Bold and ', bold: true },
          { type: 'text', text: 'both', bold: true, italic: true },
          { type: 'text', text: ' bold', bold: true },
        ],
      },
    ];
    const { nodes, codes } = richTextToSegment(blocks);
    expect(nodes).toEqual([
      {
        kind: 'paired',
        id: '1',
        children: [
          {
            kind: 'paired',
            id: '2',
            children: [
              { kind: 'text', text: 'Bold and ' },
              { kind: 'paired', id: '3', children: [{ kind: 'text', text: 'both' }] },
              { kind: 'text', text: ' bold' },
            ],
          },
        ],
      },
    ]);
    expect([...codes.values()]).toEqual([
      { kind: 'element', node: { type: 'paragraph' } },
      { kind: 'mark', mark: 'bold' },
      { kind: 'mark', mark: 'italic' },
    ]);
    expect(segmentToRichText(nodes, codes)).toEqual(blocks);
  });

  it('rebuilds every kind of block and mark', () => {
    const blocks: RichText = [
      { type: 'heading', level: 3, children: [{ type: 'text', text: 'Title' }] },
      { type: 'quote', children: [{ type: 'text', text: 'Quoted', underline: true }] },
      { type: 'code', language: 'bash', children: [{ type: 'text', text: 'ls -l' }] },
      {
        type: 'list',
        format: 'ordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'One', strikethrough: true }] },
          {
            type: 'list',
            format: 'unordered',
            indentLevel: 1,
            children: [{ type: 'list-item', children: [{ type: 'text', text: 'x()', code: true }] }],
          },
        ],
      },
      { type: 'paragraph', children: [{ type: 'text', text: '' }] },
    ];
    const { nodes, codes } = richTextToSegment(blocks);
    expect(segmentToRichText(nodes, codes)).toEqual(blocks);
  });
});
