import { Alert, Link } from '@strapi/design-system';

import { useT } from '../../../hooks/useT';
import { PLUGIN_ID } from '../../../pluginId';
import type { ImportProposal } from '../../../services/releases';

interface ImportNotesProps {
  notes: ImportProposal['notes'];
  duplicates: ImportProposal['duplicates'];
}

/**
 * What the import did not recognise, in the interface's language (`import.note.<code>`, the server's
 * English message as fallback), and a warning with links when the text was imported before.
 */
export const ImportNotes = ({ notes, duplicates }: ImportNotesProps) => {
  const t = useT();
  const others = notes.filter((note) => note.code !== 'duplicate');
  return (
    <>
      {duplicates.length > 0 && (
        <Alert
          title={t('import.duplicateTitle', 'This text was imported before')}
          variant="danger"
          closeLabel={t('actions.close', 'Close')}
          data-testid="import-duplicates"
        >
          <ul>
            {duplicates.map((duplicate) => (
              <li key={`${duplicate.documentId}:${duplicate.locale}`}>
                <Link href={`/admin/plugins/${PLUGIN_ID}/releases/${duplicate.documentId}?locale=${duplicate.locale}`}>
                  {t('import.note.duplicate', '“{title}” ({locale}) has the same title and date', {
                    title: duplicate.title,
                    locale: duplicate.locale,
                  })}
                </Link>
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {others.length > 0 && (
        <Alert
          title={t('import.notRecognised', 'What the import did not recognise')}
          variant="default"
          closeLabel={t('actions.close', 'Close')}
        >
          <ul>
            {others.map((note, index) => (
              <li key={index}>{t(`import.note.${note.code}`, note.message, note.params)}</li>
            ))}
          </ul>
        </Alert>
      )}
    </>
  );
};
