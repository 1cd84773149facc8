import type { DeploymentStatus, PersonnelQualifier } from '../../../shared/domain';

const endingWith = (...phrases: string[]): RegExp => new RegExp(`(?:^|[\\s'’])(?:${phrases.join('|')})\\s*$`, 'u');
const anyOf = (...phrases: string[]): RegExp => new RegExp(`(?<![\\p{L}])(?:${phrases.join('|')})(?![\\p{L}])`, 'u');

// prettier-ignore
const QUALIFIERS: ReadonlyArray<readonly [RegExp, PersonnelQualifier]> = [
  [endingWith('plus de', 'au moins', 'bien plus de', 'plus d[’\']', 'au-delà de'), 'more_than'],
  [endingWith('jusqu[’\']à', 'au plus', 'moins de', 'au maximum'), 'up_to'],
  [endingWith('environ', 'quelque', 'près de', 'presque', 'approximativement', 'à peu près', 'une centaine de'),
    'approximately'],
];

/** How a figure is qualified in French, from the words before it ("d’environ 700" -> approximately). */
export const frenchQualifierBefore = (textBefore: string): PersonnelQualifier => {
  const lead = textBefore
    .slice(-40)
    .toLowerCase()
    .replace(/\s*(?:de|d[’'])\s*$/u, '')
    .trimEnd();
  return QUALIFIERS.find(([pattern]) => pattern.test(lead) || pattern.test(`${lead} de`))?.[1] ?? 'exact';
};

/** French status phrases, most specific first, as the English ones in deployment-phrases. */
// prettier-ignore
const STATUSES: ReadonlyArray<readonly [RegExp, DeploymentStatus]> = [
  [anyOf('en (?:état d[’\'])?alerte', 'en attente', 'prêts? à (?:être )?déploy\\p{L}*', 'en réserve', 'prêtes? à (?:être )?déploy\\p{L}*'),
    'on_alert'],
  [anyOf('retirée?s?', 'a quitté', 'ont quitté', 'rentrée?s?', 'rapatriée?s?'), 'withdrawn'],
  [anyOf('(?:est|sont) arrivée?s?', 'a rejoint', 'ont rejoint', '(?:est|sont) (?:désormais )?(?:déployée?s?|stationnée?s?)',
    'a été déployée?', 'ont été déployée?s', 'a achevé son déploiement', 'a terminé son déploiement'), 'deployed'],
  [anyOf('annoncée?s?', 'pourrai(?:t|ent) suivre', 'pourrai(?:t|ent) (?:être )?(?:déployée?s?|envoyée?s?)', 'enverra',
    'enverront', 'a décidé d[’\']envoyer', 'proposée?s?', 'promise?s?'), 'announced'],
  [anyOf('sera déployée?', 'seront déployée?s', 'déploiera', 'déploieront', 'arrivera', 'arriveront', 'rejoindra',
    'rejoindront', 'va déployer', 'sera stationnée?', 'seront stationnée?s', 'en route'), 'deploying'],
  [anyOf('déployée?s?', 'stationnée?s?', 'arrivée?s?', 'renforcée?s?'), 'deployed'],
];

/** The status a French sentence states, or null. */
export const frenchStatusIn = (sentence: string): DeploymentStatus | null => {
  const lower = sentence.toLowerCase();
  // "..., a annoncé l’OTAN vendredi": the source speaking, unless nothing else gives a status.
  const withoutSource = lower.replace(/(?<![\p{L}])(?:a|ont|avait|avaient) annoncé(?![\p{L}])/gu, '');
  const status = STATUSES.find(([pattern]) => pattern.test(withoutSource))?.[1] ?? null;
  return status ?? (withoutSource === lower ? null : 'announced');
};
