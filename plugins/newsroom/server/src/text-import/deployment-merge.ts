import type { DeploymentStatus } from '../../../shared/domain';
import type { DeploymentMention } from './deployment-mentions';
import { STATUS_RANK } from './deployment-phrases';
import { findNations } from './nations';
import { frenchCountryCode } from './nations-fr';
import type { FoundUnit } from './units';

/** Mentions of one deployment, gathered across sentences. */
export interface DeploymentDraft {
  mentions: DeploymentMention[];
  personnelCount: number | null;
  personnelQualifier: DeploymentMention['personnelQualifier'];
  nation: string | null;
  unit: FoundUnit | null;
  status: DeploymentStatus | null;
  arrivalDate: string | null;
  location: string | null;
  durationNote: string | null;
  mission: string | null;
}

const conflicts = <T>(a: T | null, b: T | null): boolean => a !== null && b !== null && a !== b;

/** Whether a mention can describe the same deployment as a draft without contradicting it. */
const compatible = (draft: DeploymentDraft, mention: DeploymentMention): boolean =>
  !conflicts(draft.nation, mention.nation) &&
  !conflicts(draft.mission, mention.mission) &&
  !(
    draft.personnelCount !== null &&
    mention.personnelCount !== null &&
    draft.personnelCount !== mention.personnelCount
  ) &&
  !(draft.unit?.rank === 3 && mention.unit?.rank === 3 && draft.unit.name !== mention.unit.name);

const lastParagraph = (draft: DeploymentDraft): number =>
  draft.mentions[draft.mentions.length - 1]?.paragraphIndex ?? -1;

/**
 * Whether a mention is about a draft: the same contributing nation; the same group noun in the same
 * paragraph ("NATO reinforcements arrived ..." / "... make up the bulk of the NATO reinforcements");
 * or the same figure for the same mission, said twice.
 */
const refersTo = (draft: DeploymentDraft, mention: DeploymentMention): boolean => {
  if (draft.nation !== null && draft.nation === mention.nation) return true;
  const sameParagraph = lastParagraph(draft) === mention.paragraphIndex;
  const linked = mention.links.some((link) => draft.mentions.some((earlier) => earlier.links.includes(link)));
  if (sameParagraph && linked) return true;
  return (
    mention.personnelCount !== null &&
    draft.personnelCount === mention.personnelCount &&
    draft.personnelQualifier === mention.personnelQualifier &&
    draft.mission === mention.mission
  );
};

const isCountry = (place: string): boolean =>
  frenchCountryCode(place) !== null || findNations(place).some((nation) => nation.kind === 'country' && nation.text === place);

const isGroupOnly = (draft: DeploymentDraft): boolean => draft.mentions.every((mention) => mention.kind === 'group');

const sameHead = (draft: DeploymentDraft, mention: DeploymentMention): boolean =>
  !!mention.head && draft.mentions.some((earlier) => earlier.head === mention.head || (earlier.head ?? '').endsWith(` ${mention.head}`));

const newDraft = (mention: DeploymentMention): DeploymentDraft => ({
  mentions: [mention],
  personnelCount: mention.personnelCount,
  personnelQualifier: mention.personnelQualifier,
  nation: mention.nation,
  unit: mention.unit,
  status: mention.status,
  arrivalDate: mention.arrivalDate,
  location: mention.location,
  durationNote: mention.durationNote,
  mission: mention.mission,
});

const absorb = (draft: DeploymentDraft, mention: DeploymentMention): void => {
  draft.mentions.push(mention);
  if (draft.personnelCount === null && mention.personnelCount !== null) {
    draft.personnelCount = mention.personnelCount;
    draft.personnelQualifier = mention.personnelQualifier;
  }
  draft.nation ??= mention.nation;
  if (mention.unit && (!draft.unit || mention.unit.rank > draft.unit.rank)) draft.unit = mention.unit;
  if (mention.status && (!draft.status || STATUS_RANK[mention.status] > STATUS_RANK[draft.status])) {
    draft.status = mention.status;
  }
  draft.arrivalDate ??= mention.arrivalDate;
  if (!draft.location || (mention.location && isCountry(draft.location) && !isCountry(mention.location))) {
    draft.location = mention.location ?? draft.location;
  }
  draft.durationNote ??= mention.durationNote;
  draft.mission ??= mention.mission;
};

/**
 * Deployments from sentence mentions, in text order. A mention joins the most recent draft it refers
 * to and does not contradict; "an additional ..." always starts a new one. A group noun with a status
 * and nothing else ("forces deployed") only adds to a deployment, it does not make one.
 */
export const mergeMentions = (mentions: readonly DeploymentMention[]): DeploymentDraft[] => {
  const drafts: DeploymentDraft[] = [];
  for (const mention of mentions) {
    const candidates = [...drafts].reverse().filter((draft) => compatible(draft, mention));
    let target: DeploymentDraft | undefined;
    if (mention.reference) {
      // "the battalion", "le détachement": the last force with that nation, that head noun or that link.
      target = candidates.find((draft) => refersTo(draft, mention) || sameHead(draft, mention));
      if (!target) continue;
    } else if (mention.introduces) {
      // "a battalion", "500 soldiers": new, unless it names the force a group noun announced.
      target = mention.isNew ? undefined : candidates.find((draft) => isGroupOnly(draft) && refersTo(draft, mention));
    } else if (!mention.isNew) {
      target = candidates.find((draft) => refersTo(draft, mention));
    }
    if (target) absorb(target, mention);
    else if (mention.kind !== 'group' || mention.location || mention.arrivalDate || mention.nation) {
      drafts.push(newDraft(mention));
    }
  }
  // A group noun alone ("forces will deploy") says little when the text names its forces elsewhere.
  return drafts.some((draft) => !isGroupOnly(draft)) ? drafts.filter((draft) => !isGroupOnly(draft)) : drafts;
};
