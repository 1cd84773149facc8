import { errors } from '@strapi/utils';

/**
 * A 403 whose message and details reach the client. Strapi's route composer turns any other
 * ForbiddenError thrown below a route into a bare "Forbidden"; a PolicyError passes through, so
 * this is one, named ForbiddenError.
 */
export class LocaleForbiddenError extends errors.PolicyError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(message, details);
    Object.defineProperty(this, 'name', { value: 'ForbiddenError', enumerable: false, writable: true });
  }
}
