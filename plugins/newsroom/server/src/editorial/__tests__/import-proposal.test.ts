import { readFileSync } from 'node:fs';
import path from 'node:path';

import { parsePressRelease } from '../../text-import/parse-press-release';
import { paragraphsToBlocks, toImportProposal } from '../import-proposal';

const SAMPLE = readFileSync(path.resolve(__dirname, '../../../../../../src/demo/nato-kfor-2023-06-13.txt'), 'utf8');

describe('toImportProposal', () => {
  it('keeps the quotes in text order with their matched speaker, and the deployments with their source sentences', () => {
    const proposal = toImportProposal(
      parsePressRelease(SAMPLE, { knownPeople: [{ documentId: 'geoana', name: 'Mircea Geoană' }] }),
    );
    expect(proposal.title).toBe('NATO and EU together for stability in Kosovo and the Western Balkans');
    expect(proposal.quotes.map((quote) => quote.order)).toEqual([0, 1, 2]);
    expect(proposal.quotes.every((quote) => quote.personMatch?.documentId === 'geoana')).toBe(true);
    expect(proposal.deployments).toHaveLength(3);
    for (const deployment of proposal.deployments) {
      expect(typeof deployment.mission).toBe('string');
      expect(deployment.sourceText.length).toBeGreaterThan(0);
    }
    expect(Object.keys(proposal.quotes[0]!).sort()).toEqual([
      'order',
      'personMatch',
      'speakerName',
      'speakerRole',
      'text',
      'uncertain',
    ]);
    expect(proposal.notes.every((note) => Object.keys(note).sort().join() === 'code,level,message,params')).toBe(true);
  });

  it('gives a deployment with no mission an empty one and a warning', () => {
    const proposal = toImportProposal({
      title: null,
      issuedAt: null,
      place: null,
      summary: null,
      paragraphs: [],
      quotes: [],
      people: [],
      organisations: [],
      notes: [],
      deployments: [
        {
          mission: null,
          contributingNation: 'TR',
          unit: null,
          personnelCount: 500,
          personnelQualifier: 'approximately',
          deploymentStatus: 'deployed',
          arrivalDate: null,
          location: null,
          durationNote: null,
          mandate: null,
          sourceText: 'Around 500 Turkish troops.',
          paragraphIndex: 0,
        },
      ],
    });
    expect(proposal.deployments[0]!.mission).toBe('');
    expect(proposal.notes).toEqual([
      {
        level: 'warning',
        message: 'Deployment 1: no mission found; fill it in before saving.',
        code: 'deploymentMissionMissing',
        params: { number: '1' },
      },
    ]);
  });
});

describe('paragraphsToBlocks', () => {
  it('makes one paragraph block per non-empty paragraph', () => {
    expect(paragraphsToBlocks(['One.', '  ', 'Two.'])).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'One.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Two.' }] },
    ]);
  });
});
