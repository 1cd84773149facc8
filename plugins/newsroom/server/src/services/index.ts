import composer from './composer';
import composerDeployments from './composer-deployments';
import composerQuotes from './composer-quotes';
import contentVersion from './content-version';
import dashboard from './dashboard';
import deployments from './deployments';
import httpCache from './http-cache';
import indexes from './indexes';
import locales from './locales';
import newsFormats from './news-formats';
import people from './people';
import releaseImport from './release-import';
import releasePublication from './release-publication';
import releaseVersion from './release-version';
import quotes from './quotes';
import releases from './releases';
import settings from './settings';
import slugs from './slugs';
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
  'translation-relations': translationRelations,
  xliff,
  dashboard,
  people,
  composer,
  'composer-quotes': composerQuotes,
  'composer-deployments': composerDeployments,
  'release-publication': releasePublication,
  'release-import': releaseImport,
  'release-version': releaseVersion,
};
