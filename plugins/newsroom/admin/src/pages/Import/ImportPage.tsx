import { Box, Button, Field, Flex, Grid, TextInput, Textarea, Typography } from '@strapi/design-system';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { useState, type ChangeEvent } from 'react';
import { useNavigate } from 'react-router-dom';

import { apiErrorMessage } from '../../hooks/useApi';
import { useT } from '../../hooks/useT';
import { PLUGIN_ID } from '../../pluginId';
import { useImportActions, type ImportDeploymentProposal, type ImportProposal } from '../../services/dashboard';
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
  const { parse, save } = useImportActions();
  const [text, setText] = useState('');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<Draft>) => setDraft((previous) => (previous ? { ...previous, ...patch } : previous));

  const analyse = async () => {
    setBusy(true);
    try {
      setDraft(toDraft(await parse(text)));
    } catch (error) {
      toggleNotification({ type: 'danger', message: apiErrorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  const saveDraft = async () => {
    if (!draft) return;
    setBusy(true);
    try {
      const { documentId, locale } = await save({
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
      });
      toggleNotification({ type: 'success', message: t('import.saved', 'Draft saved') });
      navigate(`/plugins/${PLUGIN_ID}/releases/${documentId}?locale=${locale}`);
    } catch (error) {
      toggleNotification({ type: 'danger', message: apiErrorMessage(error) });
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
                    <Field.Root name="title" required>
                      <Field.Label>{t('release.title', 'Title')}</Field.Label>
                      <TextInput
                        value={draft.title}
                        onChange={(event: ChangeEvent<HTMLInputElement>) => set({ title: event.target.value })}
                      />
                    </Field.Root>
                  </Grid.Item>
                  <Grid.Item col={4} direction="column" alignItems="stretch">
                    <Field.Root name="issuedAt" required>
                      <Field.Label>{t('release.issuedAt', 'Issued on')}</Field.Label>
                      <TextInput
                        type="date"
                        value={draft.issuedAt}
                        onChange={(event: ChangeEvent<HTMLInputElement>) => set({ issuedAt: event.target.value })}
                      />
                    </Field.Root>
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
