import { errors } from '@strapi/utils';

import type { FieldIssue } from '../validation/issues';

/**
 * A 400 in the shape Strapi's own validation uses (`details.errors[]` with `path` and `message`),
 * so the content manager shows each message under its field.
 */
export const fieldValidationError = (issues: FieldIssue[]): errors.ValidationError => {
  const first = issues[0];
  const message =
    issues.length === 1 && first ? `${first.path.join('.')}: ${first.message}` : `${issues.length} errors occurred`;
  return new errors.ValidationError(message, {
    errors: issues.map((issue) => ({ path: issue.path, message: issue.message, name: 'ValidationError' })),
  });
};
