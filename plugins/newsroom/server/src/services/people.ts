import type { Core } from '@strapi/strapi';

import { UIDS } from '../../../shared/domain';
import { foldForMatching } from '../text-import/normalise-text';
import type { KnownPerson } from '../text-import/parse-press-release';

/** A name as compared: case, diacritics and spacing ignored ("Mircea Geoana" = "mircea  geoană"). */
export const nameKey = (name: string): string => foldForMatching(name).replace(/\s+/g, ' ').trim();

/** Finds people of one locale by documentId or by name, and creates the missing ones (as drafts). */
export interface PeopleResolver {
  /** The person's documentId when it has a version in the locale, else null. */
  byDocumentId(documentId: string): Promise<string | null>;
  /** The documentId of the person with that name (case and diacritics ignored), created when there is none. */
  byName(name: string): Promise<string>;
}

/** People (speakers) in one locale, for the editors' screens and the text import. */
const people = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Everyone with a version in `locale` (the working version's name). */
  async known(locale: string): Promise<KnownPerson[]> {
    const rows = (await strapi.db.query(UIDS.person).findMany({
      where: { locale, publishedAt: null },
      select: ['documentId', 'name'],
      orderBy: { id: 'asc' },
    })) as Array<{ documentId: string; name: string | null }>;
    return rows.filter((row) => row.name).map((row) => ({ documentId: row.documentId, name: String(row.name) }));
  },

  /**
   * A resolver for one request: loads the people of the locale once, remembers those it creates,
   * so that two quotes by a new speaker make one person. Run it inside the request's transaction.
   */
  resolver(locale: string): PeopleResolver {
    let byKey: Map<string, string> | undefined;
    const index = async (): Promise<Map<string, string>> => {
      if (!byKey) {
        byKey = new Map();
        for (const person of await this.known(locale)) {
          const key = nameKey(person.name);
          if (!byKey.has(key)) byKey.set(key, person.documentId);
        }
      }
      return byKey;
    };
    return {
      async byDocumentId(documentId) {
        const count = await strapi.db.query(UIDS.person).count({ where: { documentId, locale } });
        return count > 0 ? documentId : null;
      },
      async byName(name) {
        const people = await index();
        const key = nameKey(name);
        const found = people.get(key);
        if (found) return found;
        const created = (await strapi
          .documents(UIDS.person)
          .create({ locale, data: { name: name.trim() } } as never)) as {
          documentId: string;
        };
        people.set(key, created.documentId);
        return created.documentId;
      },
    };
  },
});

export type PeopleService = ReturnType<typeof people>;
export default people;
