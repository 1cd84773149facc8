import type { Core } from '@strapi/strapi';

import { UIDS } from '../../../shared/domain';

/** A relation's link table as Strapi's database metadata describes it. */
export interface LinkTable {
  name: string;
  /** Column holding the owning side's id. */
  from: string;
  /** Column holding the target's id. */
  to: string;
  /** Column ordering targets for one owner, when Strapi keeps one. */
  order?: string;
}

interface JoinTableMeta {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  orderColumnName?: string;
}

interface ModelMeta {
  tableName: string;
  attributes: Record<string, { columnName?: string; joinTable?: JoinTableMeta }>;
}

export interface NewsroomTables {
  releases: string;
  quotes: string;
  deployments: string;
  people: string;
  organisations: string;
  releaseOrganisations: LinkTable;
  releasePeople: LinkTable;
  releaseDeployments: LinkTable;
  quoteRelease: LinkTable;
  quoteSpeaker: LinkTable;
}

/**
 * Table and link-table names of the newsroom types, read from Strapi's database metadata so
 * that the read model's SQL follows whatever names Strapi gave them.
 */
export const newsroomTables = (strapi: Core.Strapi): NewsroomTables => {
  const model = (uid: string) => strapi.db.metadata.get(uid) as unknown as ModelMeta;
  const link = (uid: string, attribute: string): LinkTable => {
    const joinTable = model(uid).attributes[attribute]?.joinTable;
    if (!joinTable) throw new Error(`newsroom: ${uid}.${attribute} has no link table`);
    return {
      name: joinTable.name,
      from: joinTable.joinColumn.name,
      to: joinTable.inverseJoinColumn.name,
      order: joinTable.orderColumnName,
    };
  };
  return {
    releases: model(UIDS.release).tableName,
    quotes: model(UIDS.quote).tableName,
    deployments: model(UIDS.deployment).tableName,
    people: model(UIDS.person).tableName,
    organisations: model(UIDS.organisation).tableName,
    releaseOrganisations: link(UIDS.release, 'organisations'),
    releasePeople: link(UIDS.release, 'people'),
    releaseDeployments: link(UIDS.release, 'deployments'),
    quoteRelease: link(UIDS.quote, 'release'),
    quoteSpeaker: link(UIDS.quote, 'speaker'),
  };
};
