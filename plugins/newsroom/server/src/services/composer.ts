import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { ComposerDeployment, ComposerQuote, ComposerRelease } from '../../../shared/contracts/dashboard';
import type { RichText } from '../../../shared/contracts/releases';
import { UIDS, type DeploymentStatus, type PersonnelQualifier } from '../../../shared/domain';
import { countryName } from '../countries/country-name';
import { formatPersonnel } from '../personnel/format-personnel';
import { integer, isoDate, isoDateTime, json, text } from '../read-model/values';
import { getService } from '../utils/get-service';

type Row = Record<string, unknown>;

/** The working (draft) version of a release in one locale, with what it links to. */
export interface ReleaseDraft {
  id: number;
  documentId: string;
  locale: string;
  quotes: Array<{ documentId: string; order: number }>;
  deployments: Array<{ documentId: string }>;
}

const toQuote = (row: Row): ComposerQuote => {
  const speaker = row.speaker as Row | null | undefined;
  return {
    documentId: String(row.documentId),
    text: String(row.text ?? ''),
    speaker: speaker ? { documentId: String(speaker.documentId), name: String(speaker.name ?? '') } : null,
    speakerRole: text(row.speakerRole),
    saidAt: isoDateTime(row.saidAt),
    order: integer(row.order) ?? 0,
  };
};

const toDeployment = (row: Row, locale: string): ComposerDeployment => {
  const personnelCount = integer(row.personnelCount);
  const personnelQualifier = (text(row.personnelQualifier) ?? 'exact') as PersonnelQualifier;
  const contributingNation = text(row.contributingNation);
  return {
    documentId: String(row.documentId),
    mission: String(row.mission ?? ''),
    contributingNation,
    contributingNationName: countryName(contributingNation, locale),
    unit: text(row.unit),
    personnelCount,
    personnelQualifier,
    personnelText: formatPersonnel(personnelCount, personnelQualifier, locale),
    deploymentStatus: (text(row.deploymentStatus) ?? 'announced') as DeploymentStatus,
    arrivalDate: isoDate(row.arrivalDate),
    location: text(row.location),
    durationNote: text(row.durationNote),
    mandate: text(row.mandate),
  };
};

const byOrder = (a: Row, b: Row): number =>
  (integer(a.order) ?? 0) - (integer(b.order) ?? 0) || Number(a.id) - Number(b.id);

/**
 * A release as editors compose it: the draft version in one locale with its quotes (in their
 * order) and deployments, and the state of every locale. Also the lookups every composer write
 * starts with.
 */
const composer = ({ strapi }: { strapi: Core.Strapi }) => {
  const releases = () => strapi.db.query(UIDS.release);

  /** 404 for a release that has no version in `locale`, naming the locales it has. */
  const notFound = async (documentId: string, locale: string): Promise<errors.NotFoundError> => {
    const rows = (await releases().findMany({ where: { documentId }, select: ['locale'] })) as Array<{
      locale: string;
    }>;
    const locales = [...new Set(rows.map((row) => row.locale))].sort();
    if (locales.length === 0) return new errors.NotFoundError(`No release ${documentId}`, { documentId, locales });
    return new errors.NotFoundError(
      `Release ${documentId} has no version in "${locale}" (it has: ${locales.join(', ')})`,
      {
        documentId,
        locale,
        locales,
      },
    );
  };

  return {
    /** The draft of a release in `locale` with the documentIds it links to; a 404 when there is none. */
    async draft(documentId: string, locale: string): Promise<ReleaseDraft> {
      const row = (await releases().findOne({
        where: { documentId, locale, publishedAt: null },
        select: ['id', 'documentId', 'locale'],
        populate: { quotes: { select: ['id', 'documentId', 'order'] }, deployments: { select: ['id', 'documentId'] } },
      })) as (Row & { quotes?: Row[]; deployments?: Row[] }) | null;
      if (!row) throw await notFound(documentId, locale);
      return {
        id: Number(row.id),
        documentId,
        locale,
        quotes: [...(row.quotes ?? [])]
          .sort(byOrder)
          .map((quote) => ({ documentId: String(quote.documentId), order: integer(quote.order) ?? 0 })),
        deployments: (row.deployments ?? []).map((deployment) => ({ documentId: String(deployment.documentId) })),
      };
    },

    /**
     * Marks the draft of a release in `locale` as changed now: a change to its quotes or
     * deployments makes a published release "modified" until it is published again.
     */
    async touch(documentId: string, locale: string): Promise<void> {
      await releases().updateMany({
        where: { documentId, locale, publishedAt: null },
        data: { updatedAt: new Date() },
      });
    },

    async view(documentId: string, locale: string): Promise<ComposerRelease> {
      const row = (await releases().findOne({
        where: { documentId, locale, publishedAt: null },
        populate: {
          quotes: { populate: { speaker: { select: ['documentId', 'name'] } } },
          deployments: true,
        },
      })) as (Row & { quotes?: Row[]; deployments?: Row[] }) | null;
      if (!row) throw await notFound(documentId, locale);
      return {
        documentId,
        locale,
        title: String(row.title ?? ''),
        slug: text(row.slug),
        summary: text(row.summary),
        body: json<RichText>(row.body, []),
        issuedAt: isoDateTime(row.issuedAt),
        place: text(row.place),
        quotes: [...(row.quotes ?? [])].sort(byOrder).map(toQuote),
        deployments: (row.deployments ?? []).map((deployment) => toDeployment(deployment, locale)),
        locales: await getService(strapi, 'dashboard').localesOf(documentId),
        version: await getService(strapi, 'release-version').of(documentId),
      };
    },
  };
};

export type ComposerService = ReturnType<typeof composer>;
export default composer;
