import type { DeploymentStatus, PersonnelQualifier } from '../../../shared/domain';

/** A pattern for text that ends with one of `phrases` (regex sources), give or take spaces. */
const endingWith = (...phrases: string[]): RegExp => new RegExp(`\\b(?:${phrases.join('|')})\\s*$`);

/** A pattern for any of `phrases` (regex sources) as whole words. */
const anyOf = (...phrases: string[]): RegExp => new RegExp(`\\b(?:${phrases.join('|')})\\b`);

/**
 * How a figure is qualified, read from the words just before it. "Nearly" and "almost" read as
 * `approximately`: they estimate a real strength, while `up_to` is a ceiling ("up to 300", "as many as").
 * "At least" reads as `more_than`, the nearest the vocabulary has to "no fewer than".
 */
// prettier-ignore
const QUALIFIERS: ReadonlyArray<readonly [RegExp, PersonnelQualifier]> = [
  [endingWith('(?:well|just|slightly|a little) (?:over|above)', 'over', 'above', 'upwards of', 'in excess of',
    'at least', 'more than', 'no fewer than', 'no less than'), 'more_than'],
  [endingWith('up to', 'as many as', 'a maximum of', 'no more than', 'not more than', 'fewer than', 'less than',
    'under'), 'up_to'],
  [endingWith('around', 'about', 'approximately', 'approx\\.', 'some', 'roughly', 'circa', 'ca\\.', 'c\\.',
    'an estimated', 'estimated', 'nearly', 'almost', 'close to', 'an approximate'), 'approximately'],
];

/** The qualifier the text before a figure gives it (`exact` when none). */
export const qualifierBefore = (textBefore: string): PersonnelQualifier => {
  const lead = textBefore.slice(-40).toLowerCase();
  return QUALIFIERS.find(([pattern]) => pattern.test(lead))?.[1] ?? 'exact';
};

/**
 * Status phrases, most specific first: "put on higher alert to be deployed if needed" is on alert,
 * "announced that 300 troops have been deployed" is deployed, "announced it will send" is announced.
 */
// prettier-ignore
const STATUSES: ReadonlyArray<readonly [RegExp, DeploymentStatus]> = [
  [anyOf('on (?:\\w+ )?alert', 'on (?:\\w+ )?stand-?by', 'at (?:\\w+ )?readiness', 'in readiness',
    'ready to (?:be )?deploy', 'on (?:short )?notice to move', 'put on notice'), 'on_alert'],
  [anyOf('withdrawn', 'withdrew', 'pulled out', 'returned home', 'redeployed home', 'have left', 'has left'),
    'withdrawn'],
  [anyOf('(?:have|has|had) (?:now )?(?:been deployed|arrived)', '(?:were|was) deployed', 'arrived',
    '(?:are|is) (?:now )?(?:deployed|stationed)'), 'deployed'],
  [anyOf('announced', 'will send', 'to send', 'pledged', 'offered', 'decided to (?:send|deploy)',
    'plans? to (?:send|deploy)', 'committed to (?:send|deploy)', 'will contribute'), 'announced'],
  [anyOf('will be deployed', 'to be deployed', 'will deploy', '(?:is|are) being (?:deployed|sent)', 'deploying',
    'will arrive', '(?:is|are) expected to arrive', 'en route', 'on (?:their|its) way', 'set to (?:deploy|arrive)',
    'will be sent', 'will join'), 'deploying'],
  [anyOf('deployed', 'arrived', 'arrival', 'stationed', 'serving', 'serve', 'on the ground', 'in theatre', 'in place',
    'make up', 'makes up', 'based in', 'present in', '(?:have|has) joined', 'reinforced'), 'deployed'],
];

/** The status a sentence states, or null when it states none. */
export const statusIn = (sentence: string): DeploymentStatus | null => {
  const lower = sentence.toLowerCase();
  // "will be withdrawn" is a plan: the deployment is still where it is.
  const future = /\bwill (?:be )?withdraw/.test(lower);
  return STATUSES.find(([pattern, status]) => !(future && status === 'withdrawn') && pattern.test(lower))?.[1] ?? null;
};

/** Later stages win when several sentences describe one deployment. */
export const STATUS_RANK: Record<DeploymentStatus, number> = {
  announced: 1,
  on_alert: 2,
  deploying: 3,
  deployed: 4,
  withdrawn: 5,
};

const DURATIONS: readonly RegExp[] = [
  /\bfor (as long as (?:necessary|needed|required))\b/i,
  /\b(to be deployed (?:if|when|as) (?:needed|necessary|required))\b/i,
  /\bfor ((?:(?:a|an initial) period of |the next |at least |up to )?(?:[\w-]+ ){0,2}(?:day|week|month|year)s?)\b/i,
  /\b(until (?:further notice|the end of (?:the )?\w+(?: \d{4})?|\d{1,2} \w+ \d{4}|\w+ \d{4}))/i,
  /\b(on a rotational basis)\b/i,
  /\b((?:if|when|as) (?:needed|necessary|required))\b/i,
];

/** How long a deployment lasts or when it would go, as the sentence puts it ("as long as necessary"). */
export const durationIn = (sentence: string): string | null => {
  for (const pattern of DURATIONS) {
    const match = pattern.exec(sentence);
    if (match?.[1]) return match[1];
  }
  return null;
};

/** "An additional battalion", "a further 300 troops": a deployment of its own, not more about one already named. */
export const ANNOUNCES_NEW = /\b(?:additional|another|a further|a second|a third|a new|fresh)\s+(?:[\w-]+\s+){0,2}$/i;

/** Nouns for people under arms, as the head of "500 Turkish service members" or "a 4,000-strong force". */
export const PERSONNEL_NOUN =
  'troops|soldiers|servicemen|servicewomen|service ?members|service personnel|military personnel|personnel|' +
  'peacekeepers|sailors|airmen|airwomen|marines|paratroopers|troopers|officers|military police|gendarmes|' +
  'instructors|trainers|military advisers|advisers|experts|crew members|reinforcements|members of the armed forces|' +
  'men and women';

export const UNIT_NOUN =
  'brigade|battalion|regiment|division|company|squadron|battlegroup|battle group|task force|corps|flotilla|' +
  'platoon|detachment|contingent';

/** Nouns that name one group across sentences: "the NATO reinforcements". */
export const LINK_NOUNS = /\b(reinforcements|contingent|deployment|battlegroup|battle group|task force)\b/gi;
