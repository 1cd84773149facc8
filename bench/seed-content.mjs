/**
 * The words of the benchmark's releases, quotes, deployments, people and organisations: sized
 * like the demo release (a title, a summary, four paragraphs, quotes of a few sentences), in
 * English, French and Albanian. Pure functions of an index, so every run seeds the same data.
 */
export const LOCALES = ['en', 'fr', 'sq'];

const TITLES = {
  en: (n) => `NATO Allies reinforce KFOR after unrest in northern Kosovo, report ${n}`,
  fr: (n) => `Les Alliés de l’OTAN renforcent la KFOR après les troubles dans le nord du Kosovo, communiqué ${n}`,
  sq: (n) => `Aleatët e NATO-s përforcojnë KFOR-in pas trazirave në veri të Kosovës, raporti ${n}`,
};

const SLUGS = {
  en: (n) => `nato-allies-reinforce-kfor-after-unrest-in-northern-kosovo-${n}`,
  fr: (n) => `les-allies-de-l-otan-renforcent-la-kfor-${n}`,
  sq: (n) => `aleatet-e-nato-s-perforcojne-kfor-in-${n}`,
};

const SENTENCES = {
  en: 'Allies have agreed to deploy additional forces to the NATO-led Kosovo Force in response to the recent unrest. The deployment will help KFOR keep a safe and secure environment and freedom of movement for all communities, in line with its UN mandate. NATO calls on all sides to de-escalate and to engage in the EU-facilitated dialogue.',
  fr: 'Les Alliés sont convenus de déployer des forces supplémentaires auprès de la Force pour le Kosovo dirigée par l’OTAN en réponse aux troubles récents. Ce déploiement aidera la KFOR à maintenir un environnement sûr et sécurisé et la liberté de circulation pour toutes les communautés, conformément à son mandat des Nations Unies.',
  sq: 'Aleatët kanë rënë dakord të dërgojnë forca shtesë në Forcën e Kosovës të udhëhequr nga NATO si përgjigje ndaj trazirave të fundit. Ky dislokim do ta ndihmojë KFOR-in të ruajë një mjedis të sigurt dhe lirinë e lëvizjes për të gjitha komunitetet, në përputhje me mandatin e saj të OKB-së.',
};

const PLACES = { en: 'Brussels', fr: 'Bruxelles', sq: 'Bruksel' };
const ROLES = { en: 'NATO Deputy Secretary General', fr: 'Secrétaire général délégué de l’OTAN', sq: 'Zëvendëssekretar i Përgjithshëm i NATO-s' };
const UNITS = { en: '65th Mechanized Infantry Brigade', fr: '65e brigade d’infanterie mécanisée', sq: 'Brigada e 65-të e Këmbësorisë së Mekanizuar' };
const LOCATIONS = { en: 'northern Kosovo', fr: 'nord du Kosovo', sq: 'veriu i Kosovës' };
const DURATIONS = { en: 'for as long as necessary', fr: 'aussi longtemps que nécessaire', sq: 'për aq kohë sa të jetë e nevojshme' };
const MANDATES = { en: 'UNSCR 1244 (1999)', fr: 'Résolution 1244 (1999) du Conseil de sécurité', sq: 'Rezoluta 1244 (1999) e KS të OKB-së' };
const NATIONS = ['TR', 'IT', 'DE', 'US', 'PL', 'HU', 'AT', 'GR', 'RO', 'SI'];
const QUALIFIERS = ['approximately', 'exact', 'more_than', 'up_to'];
const DEPLOYMENT_STATES = ['deployed', 'announced', 'deploying', 'on_alert'];

export const releaseContent = (locale, n) => ({
  title: TITLES[locale](n),
  slug: SLUGS[locale](n),
  summary: `${SENTENCES[locale].slice(0, 180)} (${n})`,
  body: [1, 2, 3, 4].map((p) => ({
    type: 'paragraph',
    children: [{ type: 'text', text: `${p}. ${SENTENCES[locale]}` }],
  })),
  place: PLACES[locale],
  internal_note: `Bench note ${n}`,
});

export const quoteContent = (locale, n, k) => ({
  text: `“${SENTENCES[locale].split('. ')[k % 3]}.” (${n}.${k + 1})`,
  speaker_role: ROLES[locale],
  order: k + 1,
});

export const deploymentContent = (locale, d) => ({
  mission: 'KFOR',
  contributing_nation: NATIONS[d % NATIONS.length],
  unit: UNITS[locale],
  personnel_count: 100 + (d % 40) * 25,
  personnel_qualifier: QUALIFIERS[d % QUALIFIERS.length],
  deployment_status: DEPLOYMENT_STATES[d % DEPLOYMENT_STATES.length],
  location: LOCATIONS[locale],
  duration_note: DURATIONS[locale],
  mandate: MANDATES[locale],
});

export const personContent = (locale, p) => ({
  name: `Speaker ${p + 1}`,
  position: ROLES[locale],
});

export const organisationContent = (locale, o) => ({
  name: `${locale === 'fr' ? 'Organisation' : locale === 'sq' ? 'Organizata' : 'Organisation'} ${o + 1}`,
  short_name: `ORG${o + 1}`,
  website: 'https://www.nato.int',
});
