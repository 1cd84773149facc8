import composer from './composer';
import dashboard from './dashboard';
import feeds from './feeds';
import formats from './formats';
import readiness from './readiness';
import references from './references';
import releaseImport from './release-import';
import releases from './releases';
import translationEditor from './translation-editor';
import translations from './translations';

export default {
  releases,
  formats,
  feeds,
  references,
  translations,
  dashboard,
  composer,
  'release-import': releaseImport,
  'translation-editor': translationEditor,
  readiness,
};
