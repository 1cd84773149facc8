import type { ImportDeploymentProposal, ImportProposal } from '../../../shared/contracts/dashboard';
import { codeNote } from './import-notes';
import type { ImportProposal as ParsedRelease, ProposedDeployment } from '../text-import/parse-press-release';

const toDeployment = (deployment: ProposedDeployment): ImportDeploymentProposal => ({
  mission: deployment.mission ?? '',
  contributingNation: deployment.contributingNation,
  unit: deployment.unit,
  personnelCount: deployment.personnelCount,
  personnelQualifier: deployment.personnelQualifier,
  deploymentStatus: deployment.deploymentStatus,
  arrivalDate: deployment.arrivalDate,
  location: deployment.location,
  durationNote: deployment.durationNote,
  mandate: deployment.mandate,
  sourceText: deployment.sourceText,
  uncertain: deployment.uncertain,
});

/**
 * What the parser read, as the import screen shows it: quotes in text order with the person each
 * speaker matched, deployments as deployment inputs with the sentences they come from, and notes.
 * A deployment with no mission gets an empty one (the editor must fill it in) and a warning.
 */
export const toImportProposal = (parsed: ParsedRelease): ImportProposal => {
  const messages = parsed.notes.map((note) => ({ level: note.level, message: note.message }));
  parsed.deployments.forEach((deployment, index) => {
    if (!deployment.mission) {
      messages.push({ level: 'warning', message: `Deployment ${index + 1}: no mission found; fill it in before saving.` });
    }
  });
  const notes = messages.map((note) => ({ ...note, ...codeNote(note.message) }));
  return {
    title: parsed.title,
    language: parsed.language,
    issuedAt: parsed.issuedAt,
    place: parsed.place,
    summary: parsed.summary,
    paragraphs: parsed.paragraphs,
    quotes: parsed.quotes.map((quote, order) => ({
      text: quote.text,
      speakerName: quote.speakerName,
      speakerRole: quote.speakerRole,
      personMatch: quote.personMatch,
      order,
      uncertain: quote.uncertain,
    })),
    deployments: parsed.deployments.map(toDeployment),
    notes,
    duplicates: [],
  };
};

/** Paragraphs of plain text as the body (Strapi blocks: one paragraph block each). */
export const paragraphsToBlocks = (paragraphs: readonly string[]): Array<Record<string, unknown>> =>
  paragraphs
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => ({ type: 'paragraph', children: [{ type: 'text', text: paragraph }] }));
