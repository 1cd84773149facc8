import { Box, Button, Field, Flex, Grid, TextInput, Textarea, Typography } from '@strapi/design-system';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { useState, type ChangeEvent } from 'react';
import { useNavigate } from 'react-router-dom';

import { DateField } from '../../components/DateField';
import { useErrorMessage } from '../../hooks/useErrorMessage';
import { useFocusHeading } from '../../hooks/useFocusHeading';
import { useT } from '../../hooks/useT';
import { PLUGIN_ID } from '../../pluginId';
import {
  useNewsroomParseImportMutation,
  useNewsroomSaveImportMutation,
  type ImportDeploymentProposal,
  type ImportProposal,
} from '../../services/releases';
import { fieldErrors } from '../../utils/api-errors';
import { DeploymentProposals } from './components/DeploymentProposals';
import { ImportNotes } from './components/ImportNotes';
import { QuoteProposals, type EditableQuote } from './components/QuoteProposals';

interface Draft {
  title: string;
  issuedAt: string;
  place: string;
  summary: string;
  paragraphs: string[];
  quotes: EditableQuote[];
  deployments: ImportDeploymentProposal[];
  notes: ImportProposal['notes'];
  duplicates: ImportProposal['duplicates'];
  /** The language the text is in: the draft is created in that locale. */
  language: string;
}

const toDraft = (proposal: ImportProposal): Draft => ({
  title: proposal.title ?? '',
  issuedAt: proposal.issuedAt?.slice(0, 10) ?? '',
  place: proposal.place ?? '',
  summary: proposal.summary ?? '',
  paragraphs: proposal.paragraphs,
  quotes: proposal.quotes.map((quote) => ({
    text: quote.text,
    speakerName: quote.personMatch?.name ?? quote.speakerName ?? '',
    speakerRole: quote.speakerRole ?? '',
    personDocumentId: quote.personMatch?.documentId ?? null,
    matchedName: quote.personMatch?.name ?? null,
    uncertain: quote.uncertain,
  })),
  deployments: proposal.deployments,
  notes: proposal.notes,
  duplicates: proposal.duplicates,
  language: proposal.language,
});

/** Paste a plain-text press release, review what was recognised, save it as one draft. */
export const ImportPage = () => {
  const t = useT();
  const navigate = useNavigate();
  const { toggleNotification } = useNotification();
  const errorMessage = useErrorMessage();
  const [parseImport] = useNewsroomParseImportMutation();
  const [saveImport] = useNewsroomSaveImportMutation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  useFocusHeading(true);
  const [text, setText] = useState('');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<Draft>) => setDraft((previous) => (previous ? { ...previous, ...patch } : previous));

  const analyse = async () => {
    setBusy(true);
    try {
      setDraft(toDraft(await parseImport({ text }).unwrap()));
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  const saveDraft = async () => {
    if (!draft) return;
    setBusy(true);
    try {
      setErrors({});
      const { documentId, locale } = await saveImport({
        locale: draft.language,
        title: draft.title,
        issuedAt: draft.issuedAt,
        place: draft.place || null,
        summary: draft.summary || null,
        paragraphs: draft.paragraphs,
        quotes: draft.quotes.map((quote) => ({
          text: quote.text,
          speakerName: quote.speakerName,
          speakerRole: quote.speakerRole || null,
          personDocumentId: quote.personDocumentId,
        })),
        deployments: draft.deployments.map(({ sourceText: _source, uncertain: _uncertain, ...deployment }) => deployment),
      }).unwrap();
      toggleNotification({ type: 'success', message: t('import.saved', 'Draft saved') });
      navigate(`/plugins/${PLUGIN_ID}/releases/${documentId}?locale=${locale}`);
    } catch (error) {
      setErrors(fieldErrors(error));
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page.Main>
      <Page.Title>{t('import.title', 'Import from text')}</Page.Title>
      <Layouts.Header
        title={t('import.title', 'Import from text')}
        subtitle={t('import.subtitle', 'Paste a press release: nothing is saved until you save the draft')}
        primaryAction={
          draft ? (
            <Button onClick={saveDraft} loading={busy} disabled={!draft.title.trim() || !draft.issuedAt}>
              {t('import.save', 'Save as draft')}
            </Button>
          ) : undefined
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
            <Field.Root name="text" hint={t('import.textHint', 'The title on the first line, then the body')}>
              <Field.Label>{t('import.text', 'Press release text')}</Field.Label>
              <Textarea
                value={text}
                onChange={(event: ChangeEvent<HTMLTextAreaElement>) => setText(event.target.value)}
                rows={10}
              />
              <Field.Hint />
            </Field.Root>
            <Box paddingTop={3}>
              <Button variant="secondary" onClick={analyse} loading={busy && !draft} disabled={!text.trim()}>
                {draft ? t('import.analyseAgain', 'Analyse again') : t('import.analyse', 'Analyse')}
              </Button>
            </Box>
          </Box>
          {draft && (
            <>
              <ImportNotes notes={draft.notes} duplicates={draft.duplicates} />
              <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
                <Grid.Root gap={4}>
                  <Grid.Item col={12} direction="column" alignItems="stretch">
                    <Field.Root name="title" required error={errors.title}>
                      <Field.Label>{t('release.title', 'Title')}</Field.Label>
                      <TextInput
                        value={draft.title}
                        onChange={(event: ChangeEvent<HTMLInputElement>) => set({ title: event.target.value })}
                      />
                      <Field.Error />
                    </Field.Root>
                  </Grid.Item>
                  <Grid.Item col={4} direction="column" alignItems="stretch">
                    <DateField
                      name="issuedAt"
                      required
                      label={t('release.issuedAt', 'Issued on')}
                      value={draft.issuedAt}
                      error={errors.issuedAt}
                      clearLabel={t('actions.clear', 'Clear')}
                      onChange={(issuedAt) => set({ issuedAt })}
                    />
                  </Grid.Item>
                  <Grid.Item col={8} direction="column" alignItems="stretch">
                    <Field.Root name="place">
                      <Field.Label>{t('release.place', 'Place (dateline)')}</Field.Label>
                      <TextInput
                        value={draft.place}
                        onChange={(event: ChangeEvent<HTMLInputElement>) => set({ place: event.target.value })}
                      />
                    </Field.Root>
                  </Grid.Item>
                  <Grid.Item col={12} direction="column" alignItems="stretch">
                    <Field.Root name="summary">
                      <Field.Label>{t('release.summary', 'Summary')}</Field.Label>
                      <Textarea
                        value={draft.summary}
                        onChange={(event: ChangeEvent<HTMLTextAreaElement>) => set({ summary: event.target.value })}
                      />
                    </Field.Root>
                  </Grid.Item>
                  <Grid.Item col={12} direction="column" alignItems="stretch">
                    <Typography variant="sigma">
                      {t('import.paragraphs', 'Body: {count} paragraphs', { count: draft.paragraphs.length })}
                    </Typography>
                  </Grid.Item>
                </Grid.Root>
              </Box>
              <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
                <QuoteProposals quotes={draft.quotes} onChange={(quotes) => set({ quotes })} />
              </Box>
              <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
                <DeploymentProposals deployments={draft.deployments} onChange={(deployments) => set({ deployments })} />
              </Box>
            </>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
