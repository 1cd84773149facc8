import { blocksToText, losesFormatting, textToBlocks } from '../richTextDraft';

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

  it('keeps an unchanged paragraph whole, with its link, and rewrites only what changed', () => {
    const target = [
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'La KFOR renforcée' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Lisez la ' }, { type: 'link', url: 'https://x.test', children: [{ type: 'text', text: 'page' }] }] },
    ];
    const blocks = textToBlocks('La KFOR est renforcée\n\nLisez la page', target);
    expect(blocks[0]).toEqual({ type: 'heading', level: 2, children: [{ type: 'text', text: 'La KFOR est renforcée' }] });
    expect(blocks[1]).toBe(target[1]);
    expect(losesFormatting('La KFOR est renforcée\n\nLisez la page', target)).toBe(false);
    expect(losesFormatting('La KFOR renforcée\n\nLisez la page web', target)).toBe(true);
  });
});
