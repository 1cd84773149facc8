import { useAPIErrorHandler } from '@strapi/strapi/admin';

type QueryError = Parameters<ReturnType<typeof useAPIErrorHandler>['_unstableFormatAPIError']>[0];

/**
 * The message of an RTK Query error (what `adminApi` endpoints return), formatted by Strapi's
 * `useAPIErrorHandler` as the content manager does (validation errors by field, translated).
 */
export const useErrorMessage = () => {
  const { _unstableFormatAPIError: format } = useAPIErrorHandler();
  return (error: QueryError) => format(error);
};
