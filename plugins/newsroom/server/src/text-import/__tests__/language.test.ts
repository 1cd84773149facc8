import { detectLanguage } from '../language';
import { parsePressRelease } from '../parse-press-release';

describe('detectLanguage', () => {
  it('reads French from its function words and elisions', () => {
    expect(detectLanguage('« Nos soldats sont prêts », a ajouté la ministre de l’Intérieur.')).toBe('fr');
  });

  it('reads English, and English when the text gives no sign', () => {
    expect(detectLanguage('“Our soldiers are ready,” the Minister added.')).toBe('en');
    expect(detectLanguage('KFOR 2024')).toBe('en');
  });

  it('is returned with the proposal', () => {
    expect(parsePressRelease('Titre\nBruxelles, 3 mai 2024 – La France a déployé des troupes.').language).toBe('fr');
    expect(parsePressRelease('Title\nBRUSSELS – France has deployed troops.').language).toBe('en');
  });
});
