import { Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * How many fields a document asks for once every fragment spread is expanded, computed in time
 * linear in the document: each fragment's size is worked out once and reused. Cost libraries (and
 * depth limits) expand fragments afresh at every spread, so a 1 KB document whose fragments each
 * spread the previous one twice makes them walk 2^n nodes for seconds before refusing it; this
 * bound runs first. A fragment cycle (refused later by GraphQL's own validation) counts as
 * unbounded. Stops counting past `limit`.
 */
export const expandedSize = (document: DocumentNode, limit = Number.MAX_SAFE_INTEGER): number => {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const sizes = new Map<string, number>();
  const inProgress = new Set<string>();

  const fragmentSize = (name: string): number => {
    const known = sizes.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (!fragment) return 0; // an unknown fragment: GraphQL's validation refuses it
    if (inProgress.has(name)) return Infinity;
    inProgress.add(name);
    const size = selectionSize(fragment.selectionSet);
    inProgress.delete(name);
    sizes.set(name, size);
    return size;
  };

  const selectionSize = (set: SelectionSetNode | undefined): number => {
    let total = 0;
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) total += 1 + selectionSize(selection.selectionSet);
      else if (selection.kind === Kind.INLINE_FRAGMENT) total += selectionSize(selection.selectionSet);
      else total += fragmentSize(selection.name.value);
      if (total > limit) return total;
    }
    return total;
  };

  let total = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) total += selectionSize(definition.selectionSet);
    if (total > limit) break;
  }
  return total;
};
