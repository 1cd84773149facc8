import { LinkButton } from '@strapi/design-system';
import { Pencil } from '@strapi/icons';
import { Link } from 'react-router-dom';

import { useT } from '../hooks/useT';

/** Opens a document, in one locale, in the content manager's edit view. */
export const contentManagerPath = (uid: string, documentId: string, locale: string) =>
  `/content-manager/collection-types/${uid}/${documentId}?plugins[i18n][locale]=${encodeURIComponent(locale)}`;

export const ContentManagerLink = ({
  uid,
  documentId,
  locale,
}: {
  uid: string;
  documentId: string;
  locale: string;
}) => {
  const t = useT();
  return (
    <LinkButton
      tag={Link}
      to={contentManagerPath(uid, documentId, locale)}
      variant="tertiary"
      size="S"
      startIcon={<Pencil />}
      aria-label={t('actions.openInContentManagerLocale', 'Open in the content manager ({locale})', { locale })}
    >
      {t('actions.openInContentManager', 'Edit')}
    </LinkButton>
  );
};
