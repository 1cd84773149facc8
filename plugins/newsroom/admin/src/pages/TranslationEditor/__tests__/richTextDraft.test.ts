import { blocksToText, textToBlocks } from '../richTextDraft';

describe('rich text in the translation editor', () => {
  const source = [
    { type: 'heading', level: 2, children: [{ type: 'text', text: 'KFOR reinforced' }] },
    { type: 'paragraph', children: [{ type: 'text', text: 'Read the ' }, { type: 'link', url: 'https://x.test', children: [{ type: 'text', text: 'page' }] }] },
  ];

  it('shows one paragraph per block', () => {
    expect(blocksToText(source)).toBe('KFOR reinforced\n\nRead the page');
    expect(blocksToText(null)).toBe('');
  });

  it('keeps headings and their level where the template has them, paragraphs elsewhere', () => {
    expect(textToBlocks('La KFOR renforcée\n\nLisez la page\n\n\nEn plus', source)).toEqual([
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'La KFOR renforcée' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Lisez la page' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'En plus' }] },
    ]);
  });
});
