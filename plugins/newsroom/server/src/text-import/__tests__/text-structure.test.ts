import { readDateline } from '../dateline';
import { takeHeadline } from '../headline';
import { normaliseText, splitParagraphs } from '../normalise-text';
import { findAttribution } from '../quote-attribution';
import { findQuotations, quoteText } from '../quotations';
import { splitSentences } from '../sentences';
import { tokenise } from '../tokens';

describe('normaliseText and splitParagraphs', () => {
  it('normalises line endings, odd spaces, invisible characters and decomposed letters', () => {
    expect(normaliseText('\ufeffA\u00a0 b\u202fc\u200b\r\nd \r e\u2028f  \t g ')).toBe('A b c\nd\ne\nf g');
    expect(normaliseText('Geoana\u0306')).toBe('Geoană');
  });

  it('keeps one paragraph per line when lines end their sentences', () => {
    expect(splitParagraphs(['First paragraph.', 'Second paragraph.', '', '', 'Third.'])).toEqual([
      'First paragraph.',
      'Second paragraph.',
      'Third.',
    ]);
  });

  it('joins a line that continues an unfinished one, but not one that opens a quotation', () => {
    expect(splitParagraphs(['This line was broken by a mail program in the middle of', 'the sentence.'])).toEqual([
      'This line was broken by a mail program in the middle of the sentence.',
    ]);
    expect(
      splitParagraphs(['“A quotation that goes on over two paragraphs, like this one', '“and here it ends.”']),
    ).toHaveLength(2);
  });
});

describe('splitSentences', () => {
  it('splits after sentence ends, not after abbreviations and initials', () => {
    expect(
      splitSentences('Mr. Geoana met J. Smith today. “It went well.” He left. 4,000 troops stayed.').map((s) => s.text),
    ).toEqual(['Mr. Geoana met J. Smith today.', '“It went well.”', 'He left.', '4,000 troops stayed.']);
  });

  it('gives each sentence its offset', () => {
    expect(splitSentences('One. Two.')).toEqual([
      { text: 'One.', start: 0 },
      { text: 'Two.', start: 5 },
    ]);
  });
});

describe('takeHeadline', () => {
  it('takes a short first line without a full stop', () => {
    expect(takeHeadline(['Allies meet in Vilnius', 'The meeting took place.'])).toEqual({
      title: 'Allies meet in Vilnius',
      reason: null,
      body: ['The meeting took place.'],
      skipped: [],
    });
  });

  it.each([
    [['The Council met.', 'Text.'], 'the first line ends like a sentence'],
    [['“We are ready,” he said', 'Text.'], 'the first line is a quotation'],
    [['Only one line'], 'the text is a single paragraph'],
    [[`${'Long '.repeat(50)}title`, 'Text.'], 'the first line is longer than 200 characters'],
  ])('refuses %j: %s', (lines, reason) => {
    const headline = takeHeadline(lines);
    expect(headline.title).toBeNull();
    expect(headline.reason).toBe(reason);
    expect(headline.body).toEqual(lines);
  });
});

describe('readDateline', () => {
  it.each([
    ['BRUSSELS – NATO Allies met.', 'Brussels', null, 'NATO Allies met.'],
    ['BRUSSELS, 3 March 2024 – NATO Allies met.', 'Brussels', '2024-03-03', 'NATO Allies met.'],
    ['Brussels, 13 June 2023 – NATO Allies met.', 'Brussels', '2023-06-13', 'NATO Allies met.'],
    ['NEW YORK, June 13, 2023 - Allies met.', 'New York', '2023-06-13', 'Allies met.'],
    ['PRISTINA/PRIŠTINA (KFOR) – Troops arrived.', 'Pristina/Priština', null, 'Troops arrived.'],
    ['Brussels, 13 June 2023', 'Brussels', '2023-06-13', ''],
    ['13 June 2023 – Allies met.', null, '2023-06-13', 'Allies met.'],
  ])('reads %j', (paragraph, place, date, rest) => {
    expect(readDateline(paragraph)).toEqual({ place, date, rest });
  });

  it.each([
    'NATO Deputy Secretary General Mircea Geoană met today (13 June 2023) with Ambassador Miroslav Lajcak.',
    'Brussels – a city of many summits.',
    'The NATO-led KFOR mission – and its partners – met.',
  ])('finds no dateline in %j', (paragraph) => {
    expect(readDateline(paragraph)).toBeNull();
  });
});

describe('findQuotations', () => {
  it('finds curly, straight and guillemet quotations, and an unclosed one', () => {
    const spans = findQuotations('“One,” he said. "Two," she said. «Three» and “four');
    expect(spans.map(({ inner, closed }) => [inner, closed])).toEqual([
      ['One,', true],
      ['Two,', true],
      ['Three', true],
      ['four', false],
    ]);
  });

  it('drops the comma that belongs to the attribution, not the full stop of the quote', () => {
    expect(quoteText('to make a difference,')).toBe('to make a difference');
    expect(quoteText('of this commitment.')).toBe('of this commitment.');
  });
});

describe('findAttribution', () => {
  const attribution = (paragraph: string, which = 0) => {
    const spans = findQuotations(paragraph);
    return findAttribution(paragraph, spans[which]!, which ? spans[which - 1]!.end : 0)?.speaker ?? null;
  };

  it.each([
    [
      '“A,” Deputy Secretary General Geoană said.',
      { name: 'Geoană', role: 'Deputy Secretary General', pronoun: false },
    ],
    ['“A,” he added.', { name: null, role: null, pronoun: true }],
    ['“A,” said he.', { name: null, role: null, pronoun: true }],
    ['Mr. Geoana recalled that “A.”', { name: 'Geoana', role: null, pronoun: false }],
    ['She also stressed: “A.”', { name: null, role: null, pronoun: true }],
    ['According to Mr. Geoana, “A.”', { name: 'Geoana', role: null, pronoun: false }],
    ['Speaking to reporters, Geoană told journalists: “A.”', { name: 'Geoană', role: null, pronoun: false }],
    [
      '“A,” said Jens Stoltenberg, NATO Secretary General, during the visit.',
      { name: 'Jens Stoltenberg', role: 'NATO Secretary General', pronoun: false },
    ],
    ['“A,” Geoană also emphasised.', { name: 'Geoană', role: null, pronoun: false }],
  ])('reads %j', (paragraph, speaker) => {
    expect(attribution(paragraph)).toEqual(speaker);
  });

  it.each([
    '“A whole sentence.” Geoană said the talks went well.',
    'Geoană said the situation was “very tense”.',
    'The so-called “Open Balkan” initiative.',
  ])('finds no attribution in %j', (paragraph) => {
    expect(attribution(paragraph)).toBeNull();
  });

  it('does not take the end of the previous sentence as the lead-in of the next quote', () => {
    const paragraph = '“A,” Deputy Secretary General Geoană said. “B,” he added.';
    expect(attribution(paragraph, 1)).toEqual({ name: null, role: null, pronoun: true });
  });
});

describe('tokenise', () => {
  it('splits punctuation off words and keeps the period of "Mr." and initials', () => {
    expect(tokenise('(Mr. J. Smith, “NATO’s” envoy.)').map(({ word, opens, closes }) => [word, opens, closes])).toEqual(
      [
        ['Mr.', true, ''],
        ['J.', false, ''],
        ['Smith', false, ','],
        ['NATO’s', true, '”'],
        ['envoy', false, '.)'],
      ],
    );
  });
});
