/** Translation keys (and English fallbacks) of the translatable fields, as the other screens name them. */
export const FIELD_LABELS: Record<string, [string, string]> = {
  'release.title': ['release.title', 'Title'],
  'release.summary': ['release.summary', 'Summary'],
  'release.body': ['editor.field.body', 'Body'],
  'release.place': ['release.place', 'Place (dateline)'],
  'quote.text': ['quote.text', 'Exact words'],
  'quote.speakerRole': ['quote.role', 'Role when said'],
  'deployment.unit': ['deployment.unit', 'Unit'],
  'deployment.location': ['deployment.location', 'Location'],
  'deployment.durationNote': ['deployment.durationNote', 'Duration'],
  'deployment.mandate': ['deployment.mandate', 'Mandate'],
};
