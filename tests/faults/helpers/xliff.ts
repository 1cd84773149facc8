/** A translator's tool: copies each source into its target, text prefixed, inline codes kept. */
export const translateXliff = (xml: string, prefix: string) =>
  xml.replace(/<source([^>]*)>([\s\S]*?)<\/source>(\s*<target[^>]*>[\s\S]*?<\/target>|\s*<target[^>]*\/>)?/g, (_all, attrs, inner) => {
    const translated = String(inner).replace(/(^|>)([^<]+)/g, (_m, open, text) =>
      String(text).trim() ? `${open}${prefix}${text}` : `${open}${text}`,
    );
    return `<source${attrs}>${inner}</source><target>${translated}</target>`;
  });
