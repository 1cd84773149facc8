import type { Core } from '@strapi/strapi';

import { UIDS } from '../../../shared/domain';
import { firstFreeSlug, isDerivedFrom, slugForTitle, slugifyText } from '../slugs/slugify-title';

export interface SlugRequest {
  /** Absent on create. */
  documentId?: string;
  locale: string;
  /** The title after the write (new or unchanged); undefined when the write does not touch it. */
  title?: string;
  /** What the write asks for: undefined = not given, '' or null = make one, a string = the editor's slug. */
  slug?: string | null;
}

interface CurrentVersion {
  title: string | null;
  slug: string | null;
  hasPublished: boolean;
}

/**
 * Release slugs: one per locale, unique within it, made from the title with `slugify`.
 * Editable; once a locale has been published its slug only changes when an editor changes it.
 * Before that, a slug the newsroom made follows the title.
 */
const slugs = ({ strapi }: { strapi: Core.Strapi }) => {
  const releases = () => strapi.db.query(UIDS.release);

  const current = async (documentId: string, locale: string): Promise<CurrentVersion | null> => {
    const rows = (await releases().findMany({
      where: { documentId, locale },
      select: ['title', 'slug', 'publishedAt'],
    })) as Array<{ title: string | null; slug: string | null; publishedAt: string | null }>;
    const draft = rows.find((row) => row.publishedAt === null) ?? rows[0];
    if (!draft) return null;
    return { title: draft.title, slug: draft.slug, hasPublished: rows.some((row) => row.publishedAt !== null) };
  };

  /** Slugs other documents hold in `locale` that `base` could clash with. */
  const takenLike = async (base: string, locale: string, documentId?: string): Promise<Set<string>> => {
    const rows = (await releases().findMany({
      where: {
        locale,
        ...(documentId ? { documentId: { $ne: documentId } } : {}),
        $or: [{ slug: base }, { slug: { $startsWith: `${base.slice(0, 80)}-` } }],
      },
      select: ['slug'],
    })) as Array<{ slug: string | null }>;
    return new Set(rows.map((row) => row.slug).filter((slug): slug is string => typeof slug === 'string'));
  };

  const unique = async (base: string, request: SlugRequest): Promise<string> =>
    firstFreeSlug(base, await takenLike(base, request.locale, request.documentId));

  return {
    /**
     * The slug a release write must store, or undefined to leave the stored one as it is.
     */
    async resolve(request: SlugRequest): Promise<string | undefined> {
      const existing = request.documentId ? await current(request.documentId, request.locale) : null;
      const title = request.title ?? existing?.title ?? '';
      const fromTitle = () => unique(slugForTitle(title, request.locale), request);

      // An explicit slug from the editor (not merely the stored one sent back unchanged).
      if (typeof request.slug === 'string' && request.slug.trim() !== '' && request.slug !== existing?.slug) {
        const wanted = slugifyText(request.slug, request.locale);
        return wanted ? unique(wanted, request) : fromTitle();
      }
      // Asked to make one, or a new locale / new document with none.
      if (request.slug === '' || request.slug === null || !existing?.slug) return fromTitle();

      // Unchanged slug: follow a changed title only while this locale is unpublished and the slug is ours.
      const titleChanged = request.title !== undefined && request.title !== existing.title;
      if (
        titleChanged &&
        !existing.hasPublished &&
        isDerivedFrom(existing.slug, slugForTitle(existing.title ?? '', request.locale))
      ) {
        return fromTitle();
      }
      return undefined;
    },
  };
};

export type SlugsService = ReturnType<typeof slugs>;
export default slugs;
