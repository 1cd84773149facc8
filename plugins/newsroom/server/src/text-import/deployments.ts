import type { DeploymentStatus } from '../../../shared/domain';
import { yearOf } from './dates';
import { findDeploymentMentions, statusOf } from './deployment-mentions';
import type { TextLanguage } from './language';
import type { DeploymentMention } from './deployment-mentions';
import { mergeMentions } from './deployment-merge';
import type { DeploymentDraft } from './deployment-merge';
import { findMandates, findMissions, missionLocation } from './missions';
import type { FoundMission } from './missions';
import type { Notes } from './notes';
import { splitSentences } from './sentences';
import type { ProposedDeployment } from './types';

interface TextContext {
  /** Mission -> mandate cited beside it ("KFOR" -> "UNSCR 1244 (1999)"). */
  mandates: Map<string, string>;
  allMandates: Set<string>;
  /** The mission the text names most often. */
  mainMission: string | null;
}

/** The last mission named up to `end` (the end of a sentence), else the paragraph's first. */
const missionInContext = (missions: readonly FoundMission[], end: number): string | null => {
  const before = missions.filter((mission) => mission.index < end);
  return (before[before.length - 1] ?? missions[0])?.name ?? null;
};

const readContext = (paragraphs: readonly string[]): TextContext => {
  const mandates = new Map<string, string>();
  const allMandates = new Set<string>();
  const counts = new Map<string, number>();
  for (const paragraph of paragraphs) {
    const missions = findMissions(paragraph);
    for (const mission of missions) counts.set(mission.name, (counts.get(mission.name) ?? 0) + 1);
    for (const sentence of splitSentences(paragraph)) {
      const cited = findMandates(sentence.text);
      const named = cited.length ? findMissions(sentence.text) : [];
      for (const { mandate } of cited) {
        allMandates.add(mandate);
        for (const mission of named.length ? named : missions) {
          if (!mandates.has(mission.name)) mandates.set(mission.name, mandate);
        }
      }
    }
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return { mandates, allMandates, mainMission: ranked[0]?.[0] ?? null };
};

/** A release reports a handful of deployments; past this many mentions the text is not a release. */
const MAX_MENTIONS = 200;

/** Every mention in the text, each given the mission its paragraph is about when its sentence names none. */
const mentionsIn = (
  paragraphs: readonly string[],
  referenceYear: number | null,
  language: TextLanguage,
  notes: Notes,
): DeploymentMention[] => {
  const mentions: DeploymentMention[] = [];
  /** The last status a sentence stated: "will deploy" carries on to "The force will include ...". */
  let lastStatus: DeploymentStatus | null = null;
  /** The last nation a force was given, and where: a force without one may be the same nation's. */
  let lastNation: { code: string; paragraphIndex: number } | null = null;
  for (const [paragraphIndex, paragraph] of paragraphs.entries()) {
    const missions = findMissions(paragraph);
    for (const sentence of splitSentences(paragraph)) {
      const found = findDeploymentMentions(sentence.text, paragraphIndex, referenceYear, language);
      const stated =
        found.find((mention) => mention.status !== null)?.status ??
        (found.length ? null : statusOf(sentence.text, language));
      for (const mention of found) {
        if (mentions.length >= MAX_MENTIONS) {
          notes.warn(`Stopped reading deployments after ${MAX_MENTIONS} mentions.`, paragraphIndex);
          return mentions;
        }
        const end = sentence.start + sentence.text.length;
        const status = mention.status ?? (mention.kind === 'group' ? null : lastStatus);
        const inferred =
          mention.nation === null &&
          mention.kind !== 'group' &&
          !mention.owned &&
          lastNation !== null &&
          paragraphIndex - lastNation.paragraphIndex <= 1;
        mentions.push({
          ...mention,
          status,
          statusInherited: mention.status === null && status !== null,
          nation: inferred ? (lastNation?.code ?? null) : mention.nation,
          nationFrom: inferred ? 'context' : mention.nationFrom,
          mission: mention.mission ?? missionInContext(missions, end),
        });
        if (mention.nation) lastNation = { code: mention.nation, paragraphIndex };
      }
      if (stated) lastStatus = stated;
    }
  }
  return mentions;
};

/** Deploying until the arrival date has passed; deployed once it has. */
const settleStatus = (
  status: DeploymentStatus,
  arrivalDate: string | null,
  releaseDate: string | null,
): DeploymentStatus => {
  if (!arrivalDate || !releaseDate) return status;
  if (status === 'deploying' && arrivalDate <= releaseDate) return 'deployed';
  if (status === 'deployed' && arrivalDate > releaseDate) return 'deploying';
  return status;
};

const finalise = (
  draft: DeploymentDraft,
  number: number,
  context: TextContext,
  releaseDate: string | null,
  notes: Notes,
): ProposedDeployment => {
  const paragraphIndex = draft.mentions[0]?.paragraphIndex ?? 0;
  const mission = draft.mission ?? context.mainMission;
  if (!draft.mission && mission)
    notes.info(`Deployment ${number}: mission ${mission} taken from the rest of the text.`, paragraphIndex);
  if (!draft.status) notes.info(`Deployment ${number}: no status stated; proposed as deployed.`, paragraphIndex);
  const status = settleStatus(draft.status ?? 'deployed', draft.arrivalDate, releaseDate);
  if (draft.personnelCount === null) notes.info(`Deployment ${number}: no personnel figure given.`, paragraphIndex);
  // The mission's own area, for the mission's own strength; a nation's force is where the text puts it.
  const onSite = (status === 'deployed' || status === 'deploying') && draft.nation === null;
  const single = context.allMandates.size === 1 ? [...context.allMandates][0] : undefined;
  const sentences = [...new Set(draft.mentions.map((mention) => mention.sentence))];
  const uncertain: ProposedDeployment['uncertain'] = [];
  const nationMention = draft.mentions.find((mention) => mention.nation === draft.nation);
  if (draft.nation && nationMention?.nationFrom === 'context') {
    uncertain.push('contributingNation');
    notes.info(
      `Deployment ${number}: nation ${draft.nation} taken from an earlier sentence; check it.`,
      paragraphIndex,
    );
  }
  if (draft.unit && draft.unit.rank === 1 && !draft.mentions.some((mention) => mention.head)) uncertain.push('unit');
  if (!draft.status || draft.mentions.every((mention) => mention.status === null || mention.statusInherited)) {
    uncertain.push('deploymentStatus');
  }
  if (!draft.mission && mission) uncertain.push('mission');
  const placeMention = draft.mentions.find((mention) => mention.location === draft.location);
  if (draft.location && placeMention?.placeShared) {
    uncertain.push('location');
    notes.info(`Deployment ${number}: ${draft.location} is said of several forces at once; check it.`, paragraphIndex);
  }
  return {
    uncertain,
    mission,
    contributingNation: draft.nation,
    unit: draft.unit?.name ?? null,
    personnelCount: draft.personnelCount,
    personnelQualifier: draft.personnelCount === null ? 'unknown' : draft.personnelQualifier,
    deploymentStatus: status,
    arrivalDate: draft.arrivalDate,
    location: draft.location ?? (onSite ? missionLocation(mission) : null),
    durationNote: draft.durationNote,
    mandate: (mission ? context.mandates.get(mission) : undefined) ?? single ?? null,
    sourceText: sentences.join(' '),
    paragraphIndex,
  };
};

/**
 * The deployments a release reports: personnel figures, units and reinforcements, merged across the
 * sentences that describe the same one. `releaseDate` (YYYY-MM-DD) decides whether an arrival is past.
 */
export const findDeployments = (
  paragraphs: readonly string[],
  releaseDate: string | null,
  notes: Notes,
  language: TextLanguage = 'en',
): ProposedDeployment[] => {
  const mentions = mentionsIn(paragraphs, yearOf(releaseDate), language, notes);
  const context = readContext(paragraphs);
  const deployments = mergeMentions(mentions).map((draft, i) => finalise(draft, i + 1, context, releaseDate, notes));
  if (!deployments.length) notes.info('No deployments found (no personnel figures, units or reinforcements).');
  return deployments;
};
