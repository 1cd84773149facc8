import { parseConfig } from './schema';

export default {
  default: {},
  validator: (config: unknown): void => {
    parseConfig(config);
  },
};
