import { formatPersonnel } from '../format-personnel';

describe('formatPersonnel', () => {
  it('reads the sample figures in English and French', () => {
    expect(formatPersonnel(500, 'approximately', 'en')).toBe('around 500');
    expect(formatPersonnel(500, 'approximately', 'fr')).toBe('environ 500');
    expect(formatPersonnel(4000, 'more_than', 'en')).toBe('more than 4,000');
    expect(formatPersonnel(4000, 'more_than', 'fr')).toBe('plus de 4\u202f000');
  });

  it('formats numbers the way each locale writes them', () => {
    expect(formatPersonnel(4000, 'exact', 'sr-Latn')).toBe('4.000');
    expect(formatPersonnel(300, 'up_to', 'sr-Cyrl')).toBe('до 300');
    expect(formatPersonnel(300, 'up_to', 'sq')).toBe('deri në 300');
  });

  it('says unknown when there is no figure', () => {
    expect(formatPersonnel(null, 'unknown', 'en')).toBe('unknown');
    expect(formatPersonnel(null, 'approximately', 'fr')).toBe('inconnu');
    expect(formatPersonnel(1200, 'unknown', 'en')).toBe('unknown');
  });

  it('falls back to English phrasing for a locale it has no words for', () => {
    expect(formatPersonnel(500, 'approximately', 'de')).toBe('around 500');
  });
});
