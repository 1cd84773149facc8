/**
 * Does a translation keep its source's inline codes? Each source code must appear exactly once, with
 * the same id and the same kind (paired or standalone). Translators may move marks, links and line
 * breaks within their block (word order changes between languages), but blocks (paragraphs, headings,
 * list items, images) keep their order and nesting, and text stays inside them.
 */
import { XliffError } from './errors';
import { describeCode, isBlockCode, type CodeData, type CodeMap, type SegmentNode } from './segment';

export interface CodeSite {
  id: string;
  paired: boolean;
  /** The nearest enclosing block code, '' at the top. */
  block: string;
  /** Inside a mark or link code. */
  insideInline: boolean;
  isBlock: boolean;
}

/** Every code of a segment, in document order, with where it sits. */
export const collectCodeSites = (nodes: readonly SegmentNode[], isBlock: (id: string) => boolean): CodeSite[] => {
  const sites: CodeSite[] = [];
  const walk = (items: readonly SegmentNode[], block: string, insideInline: boolean) => {
    for (const item of items) {
      if (item.kind === 'text') continue;
      const blockCode = isBlock(item.id);
      sites.push({ id: item.id, paired: item.kind === 'paired', block, insideInline, isBlock: blockCode });
      if (item.kind === 'paired') walk(item.children, blockCode ? item.id : block, blockCode ? false : true);
    }
  };
  walk(nodes, '', false);
  return sites;
};

/** Blocks whose content is other blocks (a list holds list items): text must not sit directly in them. */
const blockContainers = (nodes: readonly SegmentNode[], isBlock: (id: string) => boolean): Set<string> => {
  const containers = new Set<string>(['']);
  for (const site of collectCodeSites(nodes, isBlock)) {
    if (site.isBlock && site.block !== '') containers.add(site.block);
  }
  return containers;
};

/** The first container holding non-blank text directly, if any. */
const strayText = (
  nodes: readonly SegmentNode[],
  containers: ReadonlySet<string>,
  isBlock: (id: string) => boolean,
) => {
  const walk = (items: readonly SegmentNode[], block: string): string | null => {
    for (const item of items) {
      if (item.kind === 'text') {
        if (containers.has(block) && item.text.trim() !== '') return item.text.trim();
        continue;
      }
      if (item.kind !== 'paired') continue;
      const found = walk(item.children, isBlock(item.id) ? item.id : block);
      if (found !== null) return found;
    }
    return null;
  };
  return walk(nodes, '');
};

const sameBlockLayout = (source: CodeSite[], target: CodeSite[]): string | null => {
  const sourceBlocks = source.filter((site) => site.isBlock);
  const targetBlocks = target.filter((site) => site.isBlock);
  for (let i = 0; i < Math.max(sourceBlocks.length, targetBlocks.length); i += 1) {
    const expected = sourceBlocks[i];
    const actual = targetBlocks[i];
    if (expected?.id !== actual?.id || expected?.block !== actual?.block) return actual?.id ?? expected?.id ?? '';
  }
  return null;
};

/**
 * Throws 'inline-codes-altered' (naming the unit) when `target` does not keep the codes of `source`.
 * `codes` is the data of the source's codes.
 */
export const checkInlineCodes = (
  source: readonly SegmentNode[],
  target: readonly SegmentNode[],
  codes: CodeMap,
  unitId: string,
): void => {
  const fail = (problem: string): never => {
    throw new XliffError(
      'inline-codes-altered',
      `Unit ${unitId}: the tags of the translation do not match the source: ${problem}. ` +
        'Keep every tag of the source exactly once; you may move formatting tags within a paragraph.',
      unitId,
    );
  };
  const describe = (id: string) => describeCode(id, codes.get(id));
  const isBlock = (id: string) => {
    const data: CodeData | undefined = codes.get(id);
    return data !== undefined && isBlockCode(data);
  };

  const sourceSites = collectCodeSites(source, isBlock);
  const targetSites = collectCodeSites(target, isBlock);
  const expected = new Map(sourceSites.map((site) => [site.id, site]));
  const seen = new Map<string, CodeSite>();

  for (const site of targetSites) {
    const original = expected.get(site.id);
    if (original === undefined) fail(`${describe(site.id)} is not in the source`);
    else if (seen.has(site.id)) fail(`${describe(site.id)} appears more than once`);
    else if (original.paired !== site.paired) {
      const kind = (paired: boolean) => (paired ? 'paired' : 'standalone');
      fail(`${describe(site.id)} was changed from a ${kind(original.paired)} tag to a ${kind(site.paired)} one`);
    }
    seen.set(site.id, site);
  }
  for (const site of sourceSites) if (!seen.has(site.id)) fail(`${describe(site.id)} is missing`);

  const misplacedBlock = sameBlockLayout(sourceSites, targetSites);
  if (misplacedBlock !== null) {
    fail(
      `${describe(misplacedBlock)} moved: paragraphs, headings, list items and images ` +
        'must keep the order and nesting of the source',
    );
  }
  for (const site of targetSites) {
    const original = expected.get(site.id)!;
    if (site.isBlock && site.insideInline) fail(`${describe(site.id)} was put inside a formatting tag`);
    if (!site.isBlock && site.block !== original.block) {
      fail(`${describe(site.id)} was moved out of its ${original.block === '' ? 'place' : describe(original.block)}`);
    }
  }

  const stray = strayText(target, blockContainers(source, isBlock), isBlock);
  if (stray !== null) fail(`the text "${stray.slice(0, 40)}" is outside the paragraphs; put it inside a tag pair`);
};

/** The source's own codes must all have data, of the right kind, each once. */
export const checkSourceCodes = (source: readonly SegmentNode[], codes: CodeMap, unitId: string): void => {
  const seen = new Set<string>();
  for (const site of collectCodeSites(source, () => false)) {
    const data = codes.get(site.id);
    const problem =
      data === undefined
        ? `tag ${site.id} has no formatting data`
        : seen.has(site.id)
          ? `tag ${site.id} appears more than once`
          : (data.kind === 'element' || data.kind === 'mark') !== site.paired
            ? `tag ${site.id} is of the wrong kind`
            : null;
    if (problem !== null) {
      throw new XliffError(
        'malformed',
        `Unit ${unitId}: the source was altered (${problem}); export the file again.`,
        unitId,
      );
    }
    seen.add(site.id);
  }
};
