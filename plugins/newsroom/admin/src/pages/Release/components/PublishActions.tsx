import { Button, Flex } from '@strapi/design-system';

import type { PublicationState } from '../../../../../shared/contracts/dashboard';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { useT } from '../../../hooks/useT';

interface PublishActionsProps {
  publication: PublicationState | undefined;
  localeLabel: string;
  onPublish: () => Promise<unknown>;
  onUnpublish: () => Promise<unknown>;
}

/**
 * Publish (a draft), "Publish changes" (only when the draft really differs from what is
 * published) and Unpublish, each confirmed first and busy while it runs.
 */
export const PublishActions = ({ publication, localeLabel, onPublish, onUnpublish }: PublishActionsProps) => {
  const t = useT();
  const isPublished = publication === 'published' || publication === 'modified';
  const publishLabel =
    publication === 'modified'
      ? t('release.publishChanges', 'Publish changes')
      : t('release.publish', 'Publish');
  return (
    <Flex gap={2}>
      {isPublished && (
        <ConfirmAction
          title={t('release.unpublishTitle', 'Unpublish the {locale} version?', { locale: localeLabel })}
          body={t(
            'release.unpublishBody',
            'Readers no longer see the {locale} version; its draft stays here. Other languages are not affected.',
            { locale: localeLabel },
          )}
          confirmLabel={t('release.unpublish', 'Unpublish')}
          trigger={<Button variant="tertiary">{t('release.unpublish', 'Unpublish')}</Button>}
          onConfirm={onUnpublish}
        />
      )}
      {publication !== 'published' && (
        <ConfirmAction
          title={t('release.publishTitle', 'Publish the {locale} version?', { locale: localeLabel })}
          body={
            publication === 'modified'
              ? t(
                  'release.publishChangesBody',
                  'Readers will see the changes made to the {locale} version, with its quotes and deployments. Other languages are not affected.',
                  { locale: localeLabel },
                )
              : t(
                  'release.publishBody',
                  'Readers will see the {locale} version with its quotes and deployments. Other languages are not affected.',
                  { locale: localeLabel },
                )
          }
          confirmLabel={publishLabel}
          variant="default"
          trigger={<Button>{publishLabel}</Button>}
          onConfirm={onPublish}
        />
      )}
    </Flex>
  );
};
