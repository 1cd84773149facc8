import { firstFreeSlug, isDerivedFrom, MAX_SLUG_LENGTH, slugForTitle, slugifyText } from '../slugify-title';
import { serbianCyrillicToLatin } from '../serbian-cyrillic';

const SAMPLE_TITLE = 'NATO and EU together for stability in Kosovo and the Western Balkans';

describe('slugifyText in every newsroom locale', () => {
  it('makes a lower-case strict slug of the English sample title', () => {
    expect(slugifyText(SAMPLE_TITLE, 'en')).toBe(
      'nato-and-eu-together-for-stability-in-kosovo-and-the-western-balkans',
    );
  });

  it('transliterates diacritics', () => {
    expect(slugifyText('Mircea Geoană', 'en')).toBe('mircea-geoana');
    expect(slugifyText('Miroslav Lajčák', 'en')).toBe('miroslav-lajcak');
    expect(slugifyText('Türkiye', 'en')).toBe('turkiye');
    expect(slugifyText('L’OTAN et l’UE, ensemble pour la stabilité', 'fr')).toBe(
      'lotan-et-lue-ensemble-pour-la-stabilite',
    );
  });

  it('handles Albanian letters', () => {
    expect(slugifyText('NATO dhe BE së bashku për stabilitet në Kosovë', 'sq')).toBe(
      'nato-dhe-be-se-bashku-per-stabilitet-ne-kosove',
    );
    expect(slugifyText('Çështja e sigurisë', 'sq')).toBe('ceshtja-e-sigurise');
  });

  it('gives sr-Cyrl and sr-Latn titles the same slug', () => {
    const latin = 'NATO i EU zajedno za stabilnost na Kosovu i Zapadnom Balkanu — Đorđe, Šešelj, Čačak, Žabljak';
    const cyrillic = 'НАТО и ЕУ заједно за стабилност на Косову и Западном Балкану — Ђорђе, Шешељ, Чачак, Жабљак';
    expect(serbianCyrillicToLatin(cyrillic)).toBe(latin);
    expect(slugifyText(cyrillic, 'sr-Cyrl')).toBe(slugifyText(latin, 'sr-Latn'));
    expect(slugifyText(latin, 'sr-Latn')).toBe(
      'nato-i-eu-zajedno-za-stabilnost-na-kosovu-i-zapadnom-balkanu-djordje-seselj-cacak-zabljak',
    );
  });

  it('maps Serbian č, š, ž to c, s, z (not ch, sh, zh as bare slugify does)', () => {
    expect(slugifyText('Чачак Шабац Жабаљ', 'sr-Cyrl')).toBe('cacak-sabac-zabalj');
    expect(slugifyText('Љубљана Њујорк Џеп', 'sr-Cyrl')).toBe('ljubljana-njujork-dzep');
  });

  it('strips punctuation, quotes and path tricks', () => {
    expect(slugifyText('../../etc/passwd', 'en')).toBe('etcpasswd');
    expect(slugifyText('  “Quoted”   --  title!!  ', 'en')).toBe('quoted-title');
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugifyText('word '.repeat(60), 'en');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.split('-').every((part) => part === 'word')).toBe(true);
  });
});

describe('slugForTitle', () => {
  it('gives a usable, stable slug to a title with no Latin characters', () => {
    const slug = slugForTitle('北约与欧盟', 'en');
    expect(slug).toMatch(/^release-[0-9a-f]{8}$/);
    expect(slugForTitle('北约与欧盟', 'en')).toBe(slug);
    expect(slugForTitle('!!!', 'en')).not.toBe(slug);
  });
});

describe('firstFreeSlug', () => {
  it('keeps a free slug and suffixes a taken one', () => {
    expect(firstFreeSlug('kfor', new Set())).toBe('kfor');
    expect(firstFreeSlug('kfor', new Set(['kfor']))).toBe('kfor-2');
    expect(firstFreeSlug('kfor', new Set(['kfor', 'kfor-2', 'kfor-3']))).toBe('kfor-4');
  });

  it('stays within the maximum length when suffixing', () => {
    const base = 'a'.repeat(MAX_SLUG_LENGTH);
    expect(firstFreeSlug(base, new Set([base])).length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
  });
});

describe('isDerivedFrom', () => {
  it('recognises a base slug and its numbered variants', () => {
    expect(isDerivedFrom('kfor', 'kfor')).toBe(true);
    expect(isDerivedFrom('kfor-3', 'kfor')).toBe(true);
    expect(isDerivedFrom('kfor-news', 'kfor')).toBe(false);
    expect(isDerivedFrom('my-own-slug', 'kfor')).toBe(false);
  });
});
