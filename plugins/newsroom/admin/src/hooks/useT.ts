import { useIntl } from 'react-intl';

import { PLUGIN_ID } from '../pluginId';

/** The plugin's own strings: `t('translations.title', 'Translations')` reads `newsroom.translations.title`. */
export const useT = () => {
  const { formatMessage } = useIntl();
  return (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: `${PLUGIN_ID}.${id}`, defaultMessage }, values);
};

export const translationKey = (id: string) => `${PLUGIN_ID}.${id}`;
