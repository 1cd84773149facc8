/** Namespaces and the markers this module writes and reads. */
export const XLIFF_NS_12 = 'urn:oasis:names:tc:xliff:document:1.2';
/** XLIFF 2.1 keeps the 2.0 namespace. */
export const XLIFF_NS_2 = 'urn:oasis:names:tc:xliff:document:2.0';

/** 1.2 `<trans-unit datatype>` of a rich-text unit (its code data is in `extradata`). */
export const BLOCKS_DATATYPE_12 = 'x-newsroom-blocks';
/** 2.x `<unit type>` of a rich-text unit (its code data is in `<originalData>`). */
export const BLOCKS_TYPE_2 = 'newsroom:blocks';
