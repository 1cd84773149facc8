import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { DeploymentInput } from '../../../shared/contracts/dashboard';
import { UIDS } from '../../../shared/domain';
import { getService } from '../utils/get-service';
import type { ReleaseDraft } from './composer';

/** The fields a deployment write carries: those the input gives (undefined ones left out). */
export const deploymentData = (input: Partial<DeploymentInput>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));

/**
 * Editing the deployments a release reports, in one locale, each request in one transaction,
 * through the Document Service (its validation answers bad input with a 400 naming the field).
 * A deployment may be reported by several releases: removing it from one only unlinks it, and
 * deletes it when no release reports it any more.
 */
const composerDeployments = ({ strapi }: { strapi: Core.Strapi }) => {
  const composer = () => getService(strapi, 'composer');

  const assertDeploymentOf = (draft: ReleaseDraft, deploymentId: string): void => {
    if (!draft.deployments.some((deployment) => deployment.documentId === deploymentId)) {
      throw new errors.NotFoundError(
        `Release ${draft.documentId} reports no deployment ${deploymentId} in "${draft.locale}"`,
      );
    }
  };

  return {
    /** Creates a deployment (draft) and adds it to the release, last. */
    async add(documentId: string, locale: string, input: DeploymentInput): Promise<void> {
      await strapi.db.transaction(async () => {
        await composer().draft(documentId, locale);
        const created = (await strapi.documents(UIDS.deployment).create({
          locale,
          data: { ...deploymentData(input), sourceLocale: locale },
        } as never)) as { documentId: string };
        await strapi.documents(UIDS.release).update({
          documentId,
          locale,
          data: { deployments: { connect: [created.documentId] } },
        } as never);
      });
    },

    async update(
      documentId: string,
      deploymentId: string,
      locale: string,
      input: Partial<DeploymentInput>,
    ): Promise<void> {
      await strapi.db.transaction(async () => {
        assertDeploymentOf(await composer().draft(documentId, locale), deploymentId);
        const data = deploymentData(input);
        if (Object.keys(data).length === 0) return;
        await strapi.documents(UIDS.deployment).update({ documentId: deploymentId, locale, data } as never);
        await composer().touch(documentId, locale);
      });
    },

    /** Unlinks the deployment from the release; deletes it (in this locale) when no other release reports it. */
    async remove(documentId: string, deploymentId: string, locale: string): Promise<void> {
      await strapi.db.transaction(async () => {
        assertDeploymentOf(await composer().draft(documentId, locale), deploymentId);
        await strapi.documents(UIDS.release).update({
          documentId,
          locale,
          data: { deployments: { disconnect: [deploymentId] } },
        } as never);
        const stillReported = await strapi.db.query(UIDS.release).count({
          where: { locale, publishedAt: null, deployments: { documentId: deploymentId } },
        });
        if (stillReported === 0)
          await strapi.documents(UIDS.deployment).delete({ documentId: deploymentId, locale } as never);
      });
    },
  };
};

export type ComposerDeploymentsService = ReturnType<typeof composerDeployments>;
export default composerDeployments;
