import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { ImportDuplicate, ImportProposal, SaveImport } from '../../../shared/contracts/dashboard';
import { UIDS } from '../../../shared/domain';
import { paragraphsToBlocks, toImportProposal } from '../editorial/import-proposal';
import { rowCounts } from '../faults/evidence';
import { faultPausePoint } from '../faults/pause-point';
import { fieldValidationError } from '../middlewares/field-errors';
import { parsePressRelease } from '../text-import/parse-press-release';
import { getService } from '../utils/get-service';
import { deploymentData } from './composer-deployments';

export type SaveImportInput = Omit<SaveImport.Request['body'], 'locale'> & { locale: string };

interface ErrorDetails {
  errors?: Array<{ path?: Array<string | number>; message?: string }>;
}

/** Runs a write for one item of the body; a validation error names the item (`quotes.1.text`). */
const naming = async <T>(prefix: Array<string | number>, write: () => Promise<T>): Promise<T> => {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof errors.ValidationError)) throw error;
    const issues = (error.details as ErrorDetails | undefined)?.errors ?? [];
    throw fieldValidationError(
      issues.length
        ? issues.map((issue) => ({
            path: [...prefix, ...(issue.path ?? [])].map(String),
            message: issue.message ?? error.message,
          }))
        : [{ path: prefix.map(String), message: error.message }],
    );
  }
};

/** YYYY-MM-DD as the start of that day (UTC); a date-time as it is. */
const dateTime = (value: string): string =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00.000Z` : new Date(value).toISOString();

/**
 * Releases with the same title (case aside) and, when the text gives one, the same day: the text was
 * most likely imported before. Drafts and published rows of a document count once per locale.
 */
const findDuplicates = async (
  strapi: Core.Strapi,
  title: string | null,
  issuedAt: string | null,
): Promise<ImportDuplicate[]> => {
  if (!title) return [];
  const where: Record<string, unknown> = { title: { $eqi: title } };
  if (issuedAt && /^\d{4}-\d{2}-\d{2}$/.test(issuedAt)) {
    const start = new Date(`${issuedAt}T00:00:00.000Z`);
    where.issuedAt = { $gte: start.toISOString(), $lt: new Date(start.getTime() + 86_400_000).toISOString() };
  }
  const rows = (await strapi.db.query(UIDS.release).findMany({
    where,
    select: ['documentId', 'locale', 'title'],
    limit: 20,
  })) as Array<{ documentId: string; locale: string; title: string }>;
  const seen = new Map<string, ImportDuplicate>();
  for (const row of rows) seen.set(`${row.documentId}:${row.locale}`, { documentId: row.documentId, locale: row.locale, title: row.title });
  return [...seen.values()];
};

/**
 * Import of a release from its plain text: a proposal read by the parser (nothing written), then
 * the draft the editor accepted, written in one transaction.
 */
const releaseImport = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The parser's reading of `text`, speakers matched against the people of `locale`. */
  async parse(text: string, locale: string): Promise<ImportProposal> {
    const knownPeople = await getService(strapi, 'people').known(locale);
    const proposal = toImportProposal(parsePressRelease(text, { knownPeople }));
    const duplicates = await findDuplicates(strapi, proposal.title, proposal.issuedAt);
    for (const duplicate of duplicates) {
      proposal.notes.unshift({
        level: 'warning',
        message: `This text looks imported before: “${duplicate.title}” (${duplicate.locale}) has the same title and date.`,
        code: 'duplicate',
        params: { title: duplicate.title, locale: duplicate.locale },
      });
    }
    return { ...proposal, duplicates };
  },

  /**
   * Creates the release as a draft in `locale` with its quotes (in the given order, said when the
   * release was issued), their speakers (the person given, else the one with that name, else a
   * new one) and its deployments, all linked; nothing is published. One transaction: any
   * failure leaves nothing behind.
   */
  async save(input: SaveImportInput): Promise<{ documentId: string; locale: string }> {
    const { locale } = input;
    const issuedAt = dateTime(input.issuedAt);
    return strapi.db.transaction(async () => {
      const people = getService(strapi, 'people').resolver(locale);
      const speakers: string[] = [];
      const quotes: string[] = [];
      for (const [index, quote] of input.quotes.entries()) {
        let speaker: string | null;
        if (quote.personDocumentId) {
          speaker = await people.byDocumentId(quote.personDocumentId);
          if (!speaker) {
            throw fieldValidationError([
              {
                path: ['quotes', String(index), 'personDocumentId'],
                message: `no person ${quote.personDocumentId} in "${locale}"`,
              },
            ]);
          }
        } else {
          speaker = await naming(['quotes', index, 'speakerName'], () => people.byName(quote.speakerName));
        }
        speakers.push(speaker);
        const created = await naming(['quotes', index], () =>
          strapi.documents(UIDS.quote).create({
            locale,
            data: {
              text: quote.text,
              speaker,
              speakerRole: quote.speakerRole ?? null,
              saidAt: issuedAt,
              order: index,
              sourceLocale: locale,
            },
          } as never),
        );
        quotes.push((created as { documentId: string }).documentId);
      }
      const deployments: string[] = [];
      for (const [index, deployment] of input.deployments.entries()) {
        const created = await naming(['deployments', index], () =>
          strapi
            .documents(UIDS.deployment)
            .create({ locale, data: { ...deploymentData(deployment), sourceLocale: locale } } as never),
        );
        deployments.push((created as { documentId: string }).documentId);
      }
      await faultPausePoint(strapi, 'text-import', rowCounts(strapi));
      const release = (await naming([], () =>
        strapi.documents(UIDS.release).create({
          locale,
          data: {
            title: input.title,
            issuedAt,
            place: input.place ?? null,
            summary: input.summary ?? null,
            body: paragraphsToBlocks(input.paragraphs),
            sourceLocale: locale,
            quotes,
            deployments,
            people: [...new Set(speakers)],
          },
        } as never),
      )) as { documentId: string };
      return { documentId: release.documentId, locale };
    });
  },
});

export type ReleaseImportService = ReturnType<typeof releaseImport>;
export default releaseImport;
