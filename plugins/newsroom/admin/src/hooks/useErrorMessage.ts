import { useAPIErrorHandler } from '@strapi/strapi/admin';

import type { ApiFailure } from '../utils/api-errors';

/** Turns what a request threw (an RTK Query error or a fetch error) into the server's message. */
export const useErrorMessage = () => {
  const { formatAPIError, _unstableFormatAPIError } = useAPIErrorHandler();
  return (error: unknown): string => {
    if (error && typeof error === 'object' && 'response' in error) return formatAPIError(error as never);
    const failure = error as ApiFailure | undefined;
    if (failure && typeof failure === 'object' && 'name' in failure) return _unstableFormatAPIError(failure as never);
    return error instanceof Error ? error.message : String(error);
  };
};
