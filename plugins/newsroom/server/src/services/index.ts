import composer from './composer';
import composerDeployments from './composer-deployments';
import composerQuotes from './composer-quotes';
import contentManagerViews from './content-manager-views';
import contentVersion from './content-version';
import dashboard from './dashboard';
import dashboardSearch from './dashboard-search';
import draftChanges from './draft-changes';
import deployments from './deployments';
import httpCache from './http-cache';
import indexes from './indexes';
import locales from './locales';
import newsFormats from './news-formats';
import people from './people';
import releaseImport from './release-import';
import releasePublication from './release-publication';
import releaseTranslationStatus from './release-translation-status';
import releaseVersion from './release-version';
import quotes from './quotes';
import readiness from './readiness';
import releases from './releases';
import settings from './settings';
import slugs from './slugs';
import translationEditor from './translation-editor';
import translationRelations from './translation-relations';
import translationStatus from './translation-status';
import xliff from './xliff';

export default {
  settings,
  locales,
  slugs,
  releases,
  quotes,
  deployments,
  'news-formats': newsFormats,
  'content-version': contentVersion,
  'http-cache': httpCache,
  indexes,
  'translation-status': translationStatus,
  'release-translation-status': releaseTranslationStatus,
  'translation-relations': translationRelations,
  'translation-editor': translationEditor,
  xliff,
  dashboard,
  'dashboard-search': dashboardSearch,
  'draft-changes': draftChanges,
  people,
  composer,
  'composer-quotes': composerQuotes,
  'composer-deployments': composerDeployments,
  'release-publication': releasePublication,
  'release-import': releaseImport,
  'content-manager-views': contentManagerViews,
  readiness,
  'release-version': releaseVersion,
};
