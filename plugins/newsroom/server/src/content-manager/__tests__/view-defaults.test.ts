import { applyView, defaultMainField, VIEWS, type ViewConfiguration } from '../view-defaults';

const QUOTE = 'plugin::newsroom.quote';
const attributes = {
  text: { type: 'text' },
  speaker: { type: 'relation', target: 'plugin::newsroom.person' },
  speakerRole: { type: 'string' },
  label: { type: 'string' },
};
const fresh = (): ViewConfiguration => ({
  settings: { mainField: 'speakerRole', defaultSortBy: 'speakerRole' },
  metadatas: {
    text: { edit: { label: 'text', description: '', visible: true, editable: true }, list: { label: 'text' } },
    speaker: { edit: { label: 'speaker', description: '', visible: true, editable: true, mainField: 'position' }, list: { label: 'speaker' } },
    speakerRole: { edit: { label: 'speakerRole', description: '', visible: true, editable: true }, list: { label: 'speakerRole' } },
    label: { edit: { label: 'label', description: '', visible: true, editable: true }, list: { label: 'label' } },
  },
  layouts: { edit: [[{ name: 'text', size: 12 }], [{ name: 'speakerRole', size: 6 }, { name: 'label', size: 6 }]] },
});
const people = () => ({ default: 'position', wanted: 'name' });

describe('content-manager views of the newsroom types', () => {
  it('gives fields human labels and hints, a recognisable main field, and hides the derived label', () => {
    const configuration = fresh();
    expect(applyView(configuration, attributes, VIEWS[QUOTE]!, people)).toBe(true);
    expect(configuration.settings).toMatchObject({ mainField: 'label', defaultSortBy: 'label' });
    expect(configuration.metadatas!.speakerRole!.edit).toMatchObject({ label: 'Role when said', description: expect.stringMatching(/role at the time/) });
    expect(configuration.metadatas!.speakerRole!.list!.label).toBe('Role when said');
    expect(configuration.metadatas!.speaker!.edit!.mainField).toBe('name');
    expect(configuration.metadatas!.label!.edit!.visible).toBe(false);
    expect(configuration.layouts!.edit).toEqual([[{ name: 'text', size: 12 }], [{ name: 'speakerRole', size: 6 }]]);
  });

  it('leaves what an admin changed, and changes nothing the second time', () => {
    const configuration = fresh();
    configuration.settings!.mainField = 'text';
    configuration.metadatas!.text!.edit!.label = 'Quotation (our house word)';
    configuration.metadatas!.speaker!.edit!.mainField = 'id';
    applyView(configuration, attributes, VIEWS[QUOTE]!, people);
    expect(configuration.settings!.mainField).toBe('text');
    expect(configuration.metadatas!.text!.edit!.label).toBe('Quotation (our house word)');
    expect(configuration.metadatas!.speaker!.edit!.mainField).toBe('id');
    expect(applyView(configuration, attributes, VIEWS[QUOTE]!, people)).toBe(false);
  });

  it('knows the content manager default main field: the first string attribute', () => {
    expect(defaultMainField(attributes)).toBe('speakerRole');
    expect(defaultMainField({ count: { type: 'integer' } })).toBe('id');
  });
});
