import { Button, EmptyStateLayout, Flex, Link as DSLink, Typography } from '@strapi/design-system';
import { ArrowLeft, Check } from '@strapi/icons';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';

import { FilterSelect } from '../../components/FilterSelect';
import { StatusBadge } from '../../components/StatusBadge';
import { useErrorMessage } from '../../hooks/useErrorMessage';
import { useLocales } from '../../hooks/useLocales';
import { useT } from '../../hooks/useT';
import { useTranslationAccess } from '../../hooks/useTranslationAccess';
import {
  translationEditorPath,
  useGetTranslationEditorQuery,
  useReviewTranslationEditorMutation,
  useSaveTranslationEditorMutation,
  type EditorDocument,
  type SaveTranslationEditor,
} from '../../services/translations';
import { DocumentSection } from './components/DocumentSection';
import { blocksToText, textToBlocks } from './richTextDraft';

type Edits = Record<string, Record<string, string>>;
const keyOf = (document: EditorDocument) => `${document.type}|${document.documentId}`;
const initialText = (document: EditorDocument, field: string) => {
  const entry = document.fields.find((item) => item.field === field);
  if (!entry) return '';
  return entry.kind === 'blocks' ? blocksToText(entry.target) : typeof entry.target === 'string' ? entry.target : '';
};

/**
 * The translator's home: a release with its quotes and deployments, the source beside the target
 * locale, what changed since the last translation highlighted; saves drafts in the target locale
 * (never publishes) and marks the translation reviewed.
 */
export const TranslationEditorPage = () => {
  const t = useT();
  const navigate = useNavigate();
  const { documentId = '', locale = '' } = useParams<{ documentId: string; locale: string }>();
  const formatAPIError = useErrorMessage();
  const { toggleNotification } = useNotification();
  const { locales } = useLocales();
  const access = useTranslationAccess(locales.map((item) => item.code));
  const { data, error, isLoading } = useGetTranslationEditorQuery({ documentId, locale }, { skip: !documentId || !locale });
  const [save, { isLoading: saving }] = useSaveTranslationEditorMutation();
  const [review, { isLoading: reviewing }] = useReviewTranslationEditorMutation();
  const [edits, setEdits] = useState<Edits>({});

  const documents = useMemo(() => (data ? [data.release, ...data.quotes, ...data.deployments] : []), [data]);
  const changes = useMemo(() => {
    const payload: SaveTranslationEditor.Request['body']['documents'] = [];
    for (const document of documents) {
      const edited = edits[keyOf(document)] ?? {};
      const fields: Record<string, unknown> = {};
      for (const [field, text] of Object.entries(edited)) {
        if (text === initialText(document, field)) continue;
        const entry = document.fields.find((item) => item.field === field);
        fields[field] = entry?.kind === 'blocks' ? textToBlocks(text, entry.target ?? entry.source) : text;
      }
      if (Object.keys(fields).length > 0) {
        payload.push({ type: document.type, documentId: document.documentId, fields: fields as never });
      }
    }
    return payload;
  }, [documents, edits]);

  const readOnly = !access.canTranslate || !access.editableLocales.includes(locale);

  const onSave = async () => {
    const result = await save({ documentId, locale, documents: changes });
    if ('error' in result) {
      toggleNotification({ type: 'danger', message: formatAPIError(result.error) });
      return;
    }
    setEdits({});
    toggleNotification({ type: 'success', message: t('editor.saved', 'Draft saved in {locale} (not published)', { locale }) });
  };

  const onReview = async () => {
    const result = await review({ documentId, locale });
    if ('error' in result) {
      toggleNotification({ type: 'danger', message: formatAPIError(result.error) });
      return;
    }
    toggleNotification({ type: 'success', message: t('panel.reviewed', 'Marked as reviewed') });
  };

  const back = (
    <DSLink tag={Link} to="/plugins/newsroom/translations" startIcon={<ArrowLeft />}>
      {t('editor.back', 'Translations')}
    </DSLink>
  );

  if (isLoading && !data) return <Page.Loading />;
  if (error || !data) {
    return (
      <Page.Main>
        <Layouts.Header navigationAction={back} title={t('editor.unavailable', 'This translation cannot be opened')} />
        <Layouts.Content>
          <EmptyStateLayout content={error ? formatAPIError(error) : ''} />
        </Layouts.Content>
      </Page.Main>
    );
  }

  const targetLocales = access.editableLocales.filter((code) => code !== data.sourceLocale);
  const exists = documents.some((document) => document.status !== 'missing');
  const section = (document: EditorDocument, heading: string) => (
    <DocumentSection
      key={keyOf(document)}
      document={document}
      heading={heading}
      locale={locale}
      sourceLocale={data.sourceLocale}
      readOnly={readOnly}
      valueOf={(field) => edits[keyOf(document)]?.[field] ?? initialText(document, field)}
      onChange={(field, value) =>
        setEdits((previous) => ({ ...previous, [keyOf(document)]: { ...previous[keyOf(document)], [field]: value } }))
      }
    />
  );

  return (
    <Page.Main>
      <Page.Title>{t('editor.pageTitle', 'Translate: {title}', { title: data.release.label })}</Page.Title>
      <Layouts.Header
        navigationAction={back}
        title={t('editor.title', 'Translate into {locale}', { locale })}
        subtitle={t('editor.subtitle', '{title} · source: {sourceLocale}', { title: data.release.label, sourceLocale: data.sourceLocale })}
        primaryAction={
          readOnly ? undefined : (
            <Flex gap={2}>
              {exists && (
                <Button variant="secondary" startIcon={<Check />} onClick={onReview} loading={reviewing} disabled={changes.length > 0}>
                  {t('editor.markReviewed', 'Mark reviewed')}
                </Button>
              )}
              <Button onClick={onSave} loading={saving} disabled={changes.length === 0}>
                {t('editor.save', 'Save draft ({locale})', { locale })}
              </Button>
            </Flex>
          )
        }
      />
      <Layouts.Action
        startActions={
          <Flex gap={3} alignItems="flex-end">
            {targetLocales.length > 1 && (
              <FilterSelect
                name="locale"
                label={t('translations.filter.locale', 'Locale')}
                value={locale}
                options={targetLocales.map((code) => ({ value: code, label: code }))}
                onChange={(value) => value && navigate(translationEditorPath(documentId, value))}
              />
            )}
            <StatusBadge status={data.release.status} />
            {changes.length > 0 && (
              <Typography variant="pi" textColor="neutral600">
                {t('editor.unsaved', '{count, plural, one {# unsaved document} other {# unsaved documents}}', { count: changes.length })}
              </Typography>
            )}
          </Flex>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          {section(data.release, t('editor.release', 'Release'))}
          {data.quotes.map((quote, index) => section(quote, t('editor.quote', 'Quote {n}', { n: index + 1 })))}
          {data.deployments.map((deployment, index) =>
            section(deployment, t('editor.deployment', 'Deployment {n}', { n: index + 1 })),
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
