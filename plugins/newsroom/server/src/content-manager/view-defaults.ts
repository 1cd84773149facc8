import { UIDS } from '../../../shared/domain';

/** What the newsroom wants the content manager to show for a field: a human label, a hint, hidden or not. */
export interface FieldView {
  label: string;
  description?: string;
  /** Hidden from the edit view (derived fields). */
  hidden?: boolean;
}

export interface TypeView {
  /** The field shown for a document in lists and relation pickers. */
  mainField: string;
  fields: Record<string, FieldView>;
}

const SOURCE_LOCALE: FieldView = {
  label: 'Source language',
  description: 'The language the translations are made from; empty means the default language',
};
const LABEL: FieldView = { label: 'Label (automatic)', description: 'Made from the content; shown in lists and pickers', hidden: true };

/** The newsroom's content-manager views, in English (the admin's own labels are not translated per user). */
export const VIEWS: Record<string, TypeView> = {
  [UIDS.release]: {
    mainField: 'title',
    fields: {
      title: { label: 'Title' },
      slug: { label: 'Slug (web address)', description: 'Made from the title, unique in each language; change it only before publishing' },
      summary: { label: 'Summary', description: 'One or two sentences shown in lists and feeds' },
      body: { label: 'Body' },
      issuedAt: { label: 'Issued on', description: 'Date and time of issue, the same in every language' },
      place: { label: 'Place (dateline)', description: 'Where the release was issued, e.g. Brussels' },
      referenceNumber: { label: 'Reference number', description: 'The press office reference, e.g. PR/CP(2023)085' },
      internalNote: { label: 'Internal note', description: 'For the press office only: never published' },
      organisations: { label: 'Organisations named' },
      people: { label: 'People named' },
      quotes: { label: 'Quotes' },
      deployments: { label: 'Deployments reported' },
      sourceLocale: SOURCE_LOCALE,
    },
  },
  [UIDS.quote]: {
    mainField: 'label',
    fields: {
      text: { label: 'Exact words', description: 'Word for word, without quotation marks' },
      speaker: { label: 'Speaker' },
      speakerRole: { label: 'Role when said', description: 'The speaker’s role at the time, e.g. Deputy Secretary General' },
      saidAt: { label: 'Said on' },
      release: { label: 'Release' },
      order: { label: 'Position in the release' },
      sourceLocale: SOURCE_LOCALE,
      label: LABEL,
    },
  },
  [UIDS.deployment]: {
    mainField: 'label',
    fields: {
      mission: { label: 'Mission', description: 'e.g. KFOR' },
      contributingNation: { label: 'Contributing nation', description: 'ISO 3166-1 code, e.g. TR (XK for Kosovo)' },
      unit: { label: 'Unit' },
      personnelCount: { label: 'Personnel', description: 'A whole number; say how it was stated below' },
      personnelQualifier: { label: 'Personnel stated as', description: 'exact, approximately, more than, up to, unknown' },
      deploymentStatus: { label: 'Status' },
      arrivalDate: { label: 'Arrival date' },
      location: { label: 'Location' },
      durationNote: { label: 'Duration', description: 'As the release says it, e.g. for as long as necessary' },
      mandate: { label: 'Mandate', description: 'e.g. UNSCR 1244 (1999)' },
      releases: { label: 'Releases' },
      sourceLocale: SOURCE_LOCALE,
      label: LABEL,
    },
  },
  [UIDS.person]: {
    mainField: 'name',
    fields: {
      name: { label: 'Name' },
      position: { label: 'Position', description: 'Current position, e.g. NATO Deputy Secretary General' },
      organisation: { label: 'Organisation' },
      quotes: { label: 'Quotes' },
    },
  },
  [UIDS.organisation]: {
    mainField: 'name',
    fields: {
      name: { label: 'Name' },
      shortName: { label: 'Short name', description: 'As written in this language, e.g. NATO / OTAN' },
      website: { label: 'Website' },
      people: { label: 'People' },
    },
  },
};

interface Attribute {
  type: string;
  target?: string;
}
interface Metadata {
  edit?: { label?: string; description?: string; visible?: boolean; mainField?: string; [key: string]: unknown };
  list?: { label?: string; [key: string]: unknown };
}
export interface ViewConfiguration {
  settings?: { mainField?: string; defaultSortBy?: string; [key: string]: unknown };
  metadatas?: Record<string, Metadata>;
  layouts?: { edit?: Array<Array<{ name: string; size: number }>>; list?: string[]; [key: string]: unknown };
  [key: string]: unknown;
}

/** The content manager's own default main field: the first string attribute, else `id`. */
export const defaultMainField = (attributes: Record<string, Attribute>): string =>
  Object.entries(attributes).find(([, attribute]) => attribute.type === 'string')?.[0] ?? 'id';

/**
 * Applies the newsroom's view to a content-manager configuration, changing only what still has
 * the content manager's default (a label equal to the field name, an empty description, the
 * default main field): what an admin changed in "Configure the view" stays. Returns whether
 * anything changed.
 */
export const applyView = (
  configuration: ViewConfiguration,
  attributes: Record<string, Attribute>,
  view: TypeView,
  targetDefaults: (target: string) => { default: string; wanted: string | undefined },
): boolean => {
  let changed = false;
  const settings = configuration.settings;
  if (settings && (settings.mainField === undefined || settings.mainField === defaultMainField(attributes))) {
    if (settings.mainField !== view.mainField) {
      if (settings.defaultSortBy === settings.mainField || settings.defaultSortBy === undefined) settings.defaultSortBy = view.mainField;
      settings.mainField = view.mainField;
      changed = true;
    }
  }
  for (const [name, metadata] of Object.entries(configuration.metadatas ?? {})) {
    const wanted = view.fields[name];
    const edit = metadata.edit;
    if (wanted && edit) {
      if (edit.label === name && wanted.label !== name) {
        edit.label = wanted.label;
        changed = true;
      }
      if (!edit.description && wanted.description) {
        edit.description = wanted.description;
        changed = true;
      }
      if (wanted.hidden && edit.visible === true && edit.editable !== false) {
        edit.visible = false;
        changed = true;
      }
    }
    if (wanted && metadata.list && metadata.list.label === name) {
      metadata.list.label = wanted.label;
      changed = true;
    }
    const target = attributes[name]?.type === 'relation' ? attributes[name]?.target : undefined;
    if (target && edit) {
      const { default: fallback, wanted: targetMain } = targetDefaults(target);
      if (targetMain && edit.mainField === fallback && targetMain !== fallback) {
        edit.mainField = targetMain;
        changed = true;
      }
    }
  }
  // Hidden fields leave the edit layout (the content manager keeps them in its rows otherwise).
  const hidden = new Set(Object.entries(view.fields).filter(([, field]) => field.hidden).map(([name]) => name));
  if (configuration.layouts?.edit && hidden.size > 0) {
    const rows = configuration.layouts.edit.map((row) => row.filter((cell) => !hidden.has(cell.name))).filter((row) => row.length > 0);
    if (JSON.stringify(rows) !== JSON.stringify(configuration.layouts.edit)) {
      configuration.layouts.edit = rows;
      changed = true;
    }
  }
  return changed;
};
