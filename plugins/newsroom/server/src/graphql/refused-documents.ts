import { GraphQLError, parse, type DocumentNode, type ValidationRule } from 'graphql';

/**
 * Refusing a document before GraphQL validates it. Apollo turns an error thrown by a plugin hook
 * into a 500, and its validation rules all walk the whole document together (Strapi's depth limit
 * expands fragments at every spread), so a document found too big in `validationDidStart` is
 * swapped for a one-field stand-in that this module's validation rule refuses with the reason:
 * a 400 GRAPHQL_VALIDATION_FAILED in microseconds, through Apollo's own error path.
 */
const reasons = new WeakMap<DocumentNode, string>();

/** The stand-in document to validate instead, carrying why the real one was refused. */
export const refusedDocument = (reason: string): DocumentNode => {
  const standIn = parse('{ __typename }');
  reasons.set(standIn, reason);
  return standIn;
};

/** Validation rule: reports the reason of a stand-in document; passes every other document. */
export const refusedDocumentRule: ValidationRule = (context) => ({
  Document(node) {
    const reason = reasons.get(node);
    if (reason) context.reportError(new GraphQLError(reason, { nodes: [] }));
  },
});
