/** A release-like set of fields, and a programmatic "translator" that fills targets the way a CAT tool does. */
import type { ExportRequest, RichText, XliffVersion } from '../types';

/** The server's signing key in these tests (unit-mac.ts). */
export const TEST_KEY = 'newsroom-test-signing-key-0123456789abcdef';

export const RELEASE_ID = 'r1a2b3c4d5e6f7g8h9i0j1k2';
export const QUOTE_ID = 'q1a2b3c4d5e6f7g8h9i0j1k2';

export const body: RichText = [
  { type: 'heading', level: 2, children: [{ type: 'text', text: 'Joint statement' }] },
  {
    type: 'paragraph',
    children: [
      { type: 'text', text: 'NATO and the EU met in ' },
      { type: 'text', text: 'Pristina', bold: true, italic: true },
      { type: 'text', text: ' today. Read the ' },
      {
        type: 'link',
        url: 'https://www.nato.int/kfor?lang=en&page=1',
        children: [{ type: 'text', text: 'KFOR page' }],
      },
      { type: 'text', text: '.' },
    ],
  },
  {
    type: 'list',
    format: 'unordered',
    children: [
      { type: 'list-item', children: [{ type: 'text', text: 'Security' }] },
      { type: 'list-item', children: [{ type: 'text', text: 'Stability', bold: true }] },
    ],
  },
  { type: 'paragraph', children: [{ type: 'text', text: 'First line\nSecond line' }] },
  {
    type: 'image',
    image: { url: '/uploads/kfor.jpg', alternativeText: 'KFOR soldiers', width: 800, height: 600 },
    children: [{ type: 'text', text: '' }],
  },
];

/** English text → French, as a translator would type it. */
export const FRENCH: Readonly<Record<string, string>> = {
  'NATO and EU together for stability': "L'OTAN et l'UE ensemble pour la stabilité",
  'The two organisations <agree> & act.': 'Les deux organisations <s’accordent> & agissent.',
  Brussels: 'Bruxelles',
  'Joint statement': 'Déclaration commune',
  'NATO and the EU met in ': "L'OTAN et l'UE se sont réunies à ",
  Pristina: 'Pristina',
  ' today. Read the ': " aujourd'hui. Lisez la ",
  'KFOR page': 'page de la KFOR',
  '.': '.',
  Security: 'Sécurité',
  Stability: 'Stabilité',
  'First line': 'Première ligne',
  'Second line': 'Deuxième ligne',
  'We stand together.': 'Nous sommes unis.',
};

export const frenchBody: RichText = [
  { type: 'heading', level: 2, children: [{ type: 'text', text: 'Déclaration commune' }] },
  {
    type: 'paragraph',
    children: [
      { type: 'text', text: "L'OTAN et l'UE se sont réunies à " },
      { type: 'text', text: 'Pristina', bold: true, italic: true },
      { type: 'text', text: " aujourd'hui. Lisez la " },
      {
        type: 'link',
        url: 'https://www.nato.int/kfor?lang=en&page=1',
        children: [{ type: 'text', text: 'page de la KFOR' }],
      },
      { type: 'text', text: '.' },
    ],
  },
  {
    type: 'list',
    format: 'unordered',
    children: [
      { type: 'list-item', children: [{ type: 'text', text: 'Sécurité' }] },
      { type: 'list-item', children: [{ type: 'text', text: 'Stabilité', bold: true }] },
    ],
  },
  { type: 'paragraph', children: [{ type: 'text', text: 'Première ligne\nDeuxième ligne' }] },
  {
    type: 'image',
    image: { url: '/uploads/kfor.jpg', alternativeText: 'KFOR soldiers', width: 800, height: 600 },
    children: [{ type: 'text', text: '' }],
  },
];

export const releaseRequest = (version: XliffVersion): ExportRequest => ({
  key: TEST_KEY,
  version,
  sourceLanguage: 'en',
  targetLanguage: 'fr',
  files: [
    {
      id: `release-${RELEASE_ID}`,
      original: `release/${RELEASE_ID}`,
      units: [
        {
          documentUid: 'plugin::newsroom.release',
          documentId: RELEASE_ID,
          field: 'title',
          source: 'NATO and EU together for stability',
        },
        {
          documentUid: 'plugin::newsroom.release',
          documentId: RELEASE_ID,
          field: 'summary',
          source: 'The two organisations <agree> & act.',
          note: 'One sentence, shown under the title',
        },
        { documentUid: 'plugin::newsroom.release', documentId: RELEASE_ID, field: 'body', source: body },
        { documentUid: 'plugin::newsroom.release', documentId: RELEASE_ID, field: 'place', source: 'Brussels' },
        { documentUid: 'plugin::newsroom.quote', documentId: QUOTE_ID, field: 'text', source: 'We stand together.' },
      ],
    },
  ],
});

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescapeXml = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** Translates the text between the tags of a segment, keeping every tag as it is. */
export const translateInline = (content: string, dictionary: Readonly<Record<string, string>> = FRENCH): string =>
  content
    .split(/(<[^>]+>)/)
    .map((part, index) => {
      if (index % 2 === 1 || part === '') return part;
      const french = dictionary[unescapeXml(part)];
      if (french === undefined) throw new Error(`No French for "${part}"`);
      return escapeXml(french);
    })
    .join('');

/** What a CAT tool writes back: a `<target>` after each `<source>`, made by `makeTarget` from the source's content. */
export const addTargets = (
  xml: string,
  makeTarget: (content: string) => string = (content) => translateInline(content),
): string =>
  xml.replace(
    /<source>([\s\S]*?)<\/source>/g,
    (whole, content: string) => `${whole}<target>${makeTarget(content)}</target>`,
  );

/** The source content of the unit whose id starts with `prefix`. */
export const sourceOf = (xml: string, prefix: string): string => {
  const match = new RegExp(`id="${prefix.replace(/\./g, '\\.')}[^"]*"[\\s\\S]*?<source>([\\s\\S]*?)</source>`).exec(
    xml,
  );
  if (match?.[1] === undefined) throw new Error(`No unit ${prefix}`);
  return match[1];
};

/** Replaces the target of the unit whose id starts with `prefix`. */
export const setTarget = (xml: string, prefix: string, target: string): string => {
  const pattern = new RegExp(`(id="${prefix.replace(/\./g, '\\.')}[^"]*"[\\s\\S]*?<target>)[\\s\\S]*?(</target>)`);
  if (!pattern.test(xml)) throw new Error(`No target for ${prefix}`);
  return xml.replace(pattern, (_whole, open: string, close: string) => `${open}${target}${close}`);
};
