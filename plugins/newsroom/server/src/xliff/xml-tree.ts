/**
 * A typed XML tree from a checked document: elements with resolved namespaces and decoded attributes,
 * text with its entities decoded (CDATA kept as written), comments and processing instructions dropped.
 * fast-xml-parser runs with entity processing OFF; `decodeEntities` does the little decoding XML needs.
 */
import { XMLParser } from 'fast-xml-parser';

import { XliffError } from './errors';
import { decodeEntities } from './xml-safety';

export interface XmlElement {
  kind: 'element';
  /** Local name, without prefix. */
  name: string;
  /** Namespace URI, or null for none. */
  ns: string | null;
  /** Attributes by their name as written ('id', 'xml:space'); namespace declarations included. */
  attrs: ReadonlyMap<string, string>;
  children: XmlNode[];
}

export interface XmlText {
  kind: 'text';
  text: string;
}

export type XmlNode = XmlElement | XmlText;

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const ATTRS_KEY = ':@';

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: false,
  htmlEntities: false,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  cdataPropName: '#cdata',
  commentPropName: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: 200,
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

const rawText = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

const notXml = (detail: string): XliffError => new XliffError('not-xml', `The file is not well-formed XML: ${detail}.`);

const convertChildren = (items: unknown[], scope: ReadonlyMap<string, string>): XmlNode[] => {
  const out: XmlNode[] = [];
  const pushText = (text: string) => {
    const last = out[out.length - 1];
    if (last?.kind === 'text') last.text += text;
    else if (text !== '') out.push({ kind: 'text', text });
  };
  for (const item of items) {
    if (!isRecord(item)) continue;
    const name = Object.keys(item).find((key) => key !== ATTRS_KEY);
    if (name === undefined || name === '#comment') continue;
    if (name === '#text') pushText(decodeEntities(rawText(item[name])));
    else if (name === '#cdata')
      asArray(item[name]).forEach((part) => isRecord(part) && pushText(rawText(part['#text'])));
    else if (!name.startsWith('?')) out.push(convertElement(name, item[name], item[ATTRS_KEY], scope));
  }
  return out;
};

const convertElement = (
  qname: string,
  content: unknown,
  rawAttrs: unknown,
  parentScope: ReadonlyMap<string, string>,
): XmlElement => {
  const attrs = new Map<string, string>();
  if (isRecord(rawAttrs)) {
    for (const [key, value] of Object.entries(rawAttrs)) attrs.set(key, decodeEntities(rawText(value)));
  }
  let scope = parentScope;
  for (const [key, value] of attrs) {
    if (key !== 'xmlns' && !key.startsWith('xmlns:')) continue;
    if (scope === parentScope) scope = new Map(parentScope);
    (scope as Map<string, string>).set(key === 'xmlns' ? '' : key.slice(6), value);
  }
  const colon = qname.indexOf(':');
  const prefix = colon === -1 ? '' : qname.slice(0, colon);
  const ns = prefix === 'xml' ? XML_NS : scope.get(prefix);
  if (prefix !== '' && ns === undefined) throw notXml(`the namespace prefix "${prefix}" of <${qname}> is not declared`);
  return {
    kind: 'element',
    name: qname.slice(colon + 1),
    ns: ns === '' || ns === undefined ? null : ns,
    attrs,
    children: convertChildren(asArray(content), scope),
  };
};

/** The root element of a document that passed `assertNoDoctype` and `assertWellFormed`. */
export const parseXmlTree = (text: string): XmlElement => {
  let parsed: unknown;
  try {
    parsed = parser.parse(text);
  } catch (error) {
    throw notXml(error instanceof Error ? error.message : 'the parser refused it');
  }
  const roots = convertChildren(asArray(parsed), new Map()).filter(
    (node): node is XmlElement => node.kind === 'element',
  );
  if (roots.length !== 1) {
    throw notXml(roots.length === 0 ? 'it has no root element' : 'it has more than one root element');
  }
  return roots[0]!;
};

/** Child elements in a namespace, optionally of one local name. */
export const childElements = (element: XmlElement, ns: string, name?: string): XmlElement[] =>
  element.children.filter(
    (child): child is XmlElement =>
      child.kind === 'element' && child.ns === ns && (name === undefined || child.name === name),
  );

export const firstChild = (element: XmlElement, ns: string, name: string): XmlElement | undefined =>
  childElements(element, ns, name)[0];
