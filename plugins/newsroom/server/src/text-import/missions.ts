export interface FoundMission {
  name: string;
  index: number;
}

/** Missions a release names by acronym or name, and where each one is. */
const KNOWN_MISSIONS: Record<string, string | null> = {
  KFOR: 'Kosovo',
  EULEX: 'Kosovo',
  UNMIK: 'Kosovo',
  EUFOR: 'Bosnia and Herzegovina',
  'EUFOR Althea': 'Bosnia and Herzegovina',
  'Operation Althea': 'Bosnia and Herzegovina',
  SFOR: 'Bosnia and Herzegovina',
  IFOR: 'Bosnia and Herzegovina',
  UNIFIL: 'Lebanon',
  MINUSMA: 'Mali',
  MONUSCO: 'Democratic Republic of the Congo',
  MINUSCA: 'Central African Republic',
  UNMISS: 'South Sudan',
  UNFICYP: 'Cyprus',
  UNDOF: 'Golan Heights',
  ISAF: 'Afghanistan',
  'Resolute Support': 'Afghanistan',
  'NATO Mission Iraq': 'Iraq',
  NMI: 'Iraq',
  'Operation Sea Guardian': 'Mediterranean Sea',
  'Operation Irini': 'Mediterranean Sea',
  'Operation Atalanta': null,
  'Baltic Air Policing': null,
  'enhanced Forward Presence': null,
  eFP: null,
  // French names of the same missions.
  FINUL: 'Liban',
  'Force intérimaire des Nations unies au Liban': 'Liban',
};

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const NAMES = Object.keys(KNOWN_MISSIONS).sort((a, b) => b.length - a.length);
const KNOWN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${NAMES.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
/** "the XYZ mission", "XYZ operation", "Operation Something", acronyms ending in -FOR. */
const SHAPES = [
  '(\\p{Lu}{2,8})(?= (?:mission|operation)\\b)',
  // "l’opération EUNAVFOR Aspides", "la mission Aigle": the name after the word.
  '(?<=(?:opération|operation|mission) )(\\p{Lu}{3,}\\s\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+)',
  '\\p{Lu}{1,6}FOR',
  'Operation \\p{Lu}[\\p{L}-]+',
  // "NATO’s Forward Land Forces", "the EU’s Rapid Deployment Capacity": a capitalised name the organisation owns.
  "(?<=(?:NATO|EU|UN|OSCE)['’]s )((?:\\p{Lu}[\\p{L}-]+ ){1,4}(?:Forces|Force|Presence|Capacity|Mission|Operation|Initiative))",
];
/** "(EUMAM Ukraine)", "(FINUL)" after a name with Mission, Force or Operation in it. */
const NAMED_IN_BRACKETS =
  /(?:Mission|Force|Operation|Opération|mission|force|opération)[^()]{0,120}\((\p{Lu}{3,}(?: \p{Lu}\p{Ll}+)?)\)/gu;
const BY_SHAPE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${SHAPES.join('|')})(?![\\p{L}\\p{N}])`, 'gu');

/** Organisations that run missions: "the NATO mission" names no mission. */
const NOT_MISSIONS = new Set(['NATO', 'EU', 'UN', 'OSCE', 'AU', 'UNSC', 'OTAN']);

/** The missions a sentence or paragraph names, in order, each once. */
export const findMissions = (text: string): FoundMission[] => {
  const found = new Map<string, number>();
  for (const pattern of [NAMED_IN_BRACKETS, KNOWN, BY_SHAPE]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const name = match[1] ?? match[0];
      if (NOT_MISSIONS.has(name)) continue;
      if (!found.has(name) && ![...found.keys()].some((known) => known.includes(name))) found.set(name, match.index);
    }
  }
  return [...found.entries()].map(([name, index]) => ({ name, index })).sort((a, b) => a.index - b.index);
};

/** Where a known mission is deployed ("KFOR" -> "Kosovo"), or null. */
export const missionLocation = (mission: string | null): string | null =>
  mission === null ? null : (KNOWN_MISSIONS[mission] ?? null);

const COUNCIL = '(?:(?:United Nations |UN )?Security Council )?';
const RESOLUTION = new RegExp(
  `\\b${COUNCIL}(?:Resolution|UNSCR) (\\d{3,4})(?: ?\\((\\d{4})\\)| (?:of|from) (\\d{4}))?`,
  'g',
);

export interface FoundMandate {
  /** "UNSCR 1244 (1999)". */
  mandate: string;
  index: number;
}

/**
 * UN Security Council resolutions cited as a mandate, in one form: "United Nations Security Council
 * Resolution 1244 of 1999", "UNSCR 1244 (1999)" and "Resolution 1244 (1999)" all give "UNSCR 1244 (1999)".
 */
export const findMandates = (text: string): FoundMandate[] => {
  const found: FoundMandate[] = [];
  RESOLUTION.lastIndex = 0;
  for (let match = RESOLUTION.exec(text); match; match = RESOLUTION.exec(text)) {
    const year = match[2] ?? match[3];
    found.push({ mandate: year ? `UNSCR ${match[1]} (${year})` : `UNSCR ${match[1]}`, index: match.index });
  }
  return found;
};
