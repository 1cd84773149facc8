import { removeDatabaseUnavailableRejectionGuard } from './http/database-unavailable-rejections';

const destroy = (): void => {
  removeDatabaseUnavailableRejectionGuard();
};

export default destroy;
