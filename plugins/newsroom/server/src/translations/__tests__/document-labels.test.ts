import { deploymentLabel, firstWords, quoteLabel } from '../document-labels';

describe('document labels', () => {
  it('cuts a quote to its first words, with its speaker', () => {
    expect(
      quoteLabel({ text: 'NATO is fully committed to  the security\nof Kosovo and the region.', speakerName: 'Mircea Geoană' }),
    ).toBe('Mircea Geoană: “NATO is fully committed to the security of…”');
    expect(quoteLabel({ text: 'Short words.', speakerName: null })).toBe('“Short words.”');
    expect(quoteLabel({ text: '', speakerName: 'Someone' })).toBe('Someone');
  });

  it('names a deployment by mission, nation and unit, leaving out what is missing', () => {
    expect(deploymentLabel({ mission: 'KFOR', contributingNation: 'TR', unit: '65th Mechanized Infantry Brigade' })).toBe(
      'KFOR · TR · 65th Mechanized Infantry Brigade',
    );
    expect(deploymentLabel({ mission: 'KFOR', contributingNation: null, unit: 'NATO reserve forces' })).toBe('KFOR · NATO reserve forces');
  });

  it('keeps short texts whole', () => {
    expect(firstWords('one two three', 3)).toBe('one two three');
    expect(firstWords(42)).toBe('');
  });
});
