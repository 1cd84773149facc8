import type { DeploymentInput, QuoteInput, VersionedRelease } from '../../services/releases';
import {
  useNewsroomAddDeploymentMutation,
  useNewsroomAddQuoteMutation,
  useNewsroomPublishReleaseMutation,
  useNewsroomRemoveDeploymentMutation,
  useNewsroomRemoveQuoteMutation,
  useNewsroomReorderQuotesMutation,
  useNewsroomUnpublishReleaseMutation,
  useNewsroomUpdateDeploymentMutation,
  useNewsroomUpdateQuoteMutation,
} from '../../services/releases';

/**
 * The release view's writes, in the locale shown and conditional on the version loaded
 * (If-Match): each resolves with the release after the change or rejects with the API error.
 */
export const useComposerWrites = (release: VersionedRelease | undefined) => {
  const [addQuote] = useNewsroomAddQuoteMutation();
  const [updateQuote] = useNewsroomUpdateQuoteMutation();
  const [removeQuote] = useNewsroomRemoveQuoteMutation();
  const [reorderQuotes] = useNewsroomReorderQuotesMutation();
  const [addDeployment] = useNewsroomAddDeploymentMutation();
  const [updateDeployment] = useNewsroomUpdateDeploymentMutation();
  const [removeDeployment] = useNewsroomRemoveDeploymentMutation();
  const [publish] = useNewsroomPublishReleaseMutation();
  const [unpublish] = useNewsroomUnpublishReleaseMutation();
  const target = { documentId: release?.documentId ?? '', locale: release?.locale ?? '', version: release?.version };
  return {
    addQuote: (input: QuoteInput) => addQuote({ ...target, input }).unwrap(),
    updateQuote: (quoteId: string, input: QuoteInput) => updateQuote({ ...target, quoteId, input }).unwrap(),
    removeQuote: (quoteId: string) => removeQuote({ ...target, quoteId }).unwrap(),
    reorderQuotes: (documentIds: string[]) => reorderQuotes({ ...target, documentIds }).unwrap(),
    addDeployment: (input: DeploymentInput) => addDeployment({ ...target, input }).unwrap(),
    updateDeployment: (deploymentId: string, input: DeploymentInput) =>
      updateDeployment({ ...target, deploymentId, input }).unwrap(),
    removeDeployment: (deploymentId: string) => removeDeployment({ ...target, deploymentId }).unwrap(),
    publish: () => publish(target).unwrap(),
    unpublish: () => unpublish(target).unwrap(),
  };
};
