import { Parser } from 'htmlparser2';

/**
 * What in an HTML fragment could run script: script/style/iframe/object elements, event-handler
 * attributes, and javascript:/data:/vbscript: URLs. Empty when the fragment is inert.
 */
export const unsafeHtml = (html: string): string[] => {
  const problems: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (['script', 'style', 'iframe', 'object', 'embed', 'form', 'svg', 'math'].includes(name)) problems.push(`<${name}>`);
        for (const [attribute, value] of Object.entries(attributes)) {
          if (/^on/i.test(attribute)) problems.push(`${name}[${attribute}]`);
          if (/^\s*(javascript|data|vbscript):/i.test(value.replace(/[\u0000-\u001f\s]/g, ''))) {
            problems.push(`${name}[${attribute}=${value}]`);
          }
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return problems;
};
