import type { RichText } from '../../../../shared/contracts/releases';
import { blocksToHtml, blocksToPlainText, releaseHtml } from '../rich-text';
import { sanitizeRichHtml } from '../sanitize-rich-html';

const text = (value: string, marks: Record<string, boolean> = {}) => ({ type: 'text', text: value, ...marks });
const paragraph = (...children: Array<Record<string, unknown>>) => ({ type: 'paragraph', children });
const link = (url: string, label = 'click') => ({ type: 'link', url, children: [text(label)] });
const image = (url: string, alternativeText: string) => ({
  type: 'image',
  image: { url, alternativeText },
  children: [text('')],
});
const render = (body: RichText): string => releaseHtml({ body });

const DANGEROUS_TAGS = /<\/?(script|style|iframe|object|embed|svg|math|template)\b/i;
const DANGEROUS_URLS = /(javascript|vbscript|data):/i;
/** An attribute (not text inside a quoted value) whose name starts with "on". */
const HANDLER = /\son[a-z]+\s*=/i;

/** Nothing in `html` that could run: no dangerous tag, no script URL anywhere, no event handler attribute. */
const expectHarmless = (html: string): void => {
  const outsideAttributeValues = html.replace(/"[^"]*"/g, '""');
  const found = [
    DANGEROUS_TAGS.exec(html)?.[0],
    DANGEROUS_URLS.exec(html)?.[0],
    HANDLER.exec(outsideAttributeValues)?.[0],
  ].filter(Boolean);
  expect({ html, found }).toEqual({ html, found: [] });
};

describe('releaseHtml', () => {
  it('renders Strapi blocks with their formatting', () => {
    const html = render([
      { type: 'heading', level: 3, children: [text('Heading')] },
      paragraph(
        text('bold', { bold: true }),
        text(' '),
        text('both', { bold: true, italic: true }),
        text(' '),
        text('u', { underline: true }),
        text('s', { strikethrough: true }),
        text('x()', { code: true }),
        text(' line\nbreak'),
      ),
      paragraph(link('https://www.nato.int/cps/en/natohq/news_215726.htm?a=1&b=2', 'NATO')),
      paragraph(link('mailto:press@hq.nato.int', 'write')),
      { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [text('one')] }] },
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [text('a')] },
          { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [text('a.1')] }] },
        ],
      },
      { type: 'quote', children: [text('Quoted')] },
      { type: 'code', children: [text('if (a < b) {}')] },
      image('https://cdn.example.org/kfor.jpg', 'KFOR troops'),
    ]);
    expect(html).toContain('<h3>Heading</h3>');
    expect(html).toContain(
      '<strong>bold</strong> <strong><em>both</em></strong> <u>u</u><s>s</s><code>x()</code> line<br />break',
    );
    expect(html).toContain('<a href="https://www.nato.int/cps/en/natohq/news_215726.htm?a=1&amp;b=2">NATO</a>');
    expect(html).toContain('<a href="mailto:press@hq.nato.int">write</a>');
    expect(html).toContain('<ol><li>one</li></ol>');
    expect(html).toContain('<ul><li>a<ul><li>a.1</li></ul></li></ul>');
    expect(html).toContain('<blockquote>Quoted</blockquote>');
    expect(html).toContain('<pre><code>if (a &lt; b) {}</code></pre>');
    expect(html).toContain('<img src="https://cdn.example.org/kfor.jpg" alt="KFOR troops" />');
  });

  it('escapes text instead of interpreting it', () => {
    const html = render([paragraph(text('<script>alert(1)</script> & <img src=x onerror=alert(1)>'))]);
    expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;</p>');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'javascript&colon;alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    '//evil.example/x',
    '/\\evil.example/x',
  ])('drops the link to %j but keeps its words', (url) => {
    const html = render([paragraph(link(url, 'read more'))]);
    expectHarmless(html);
    expect(html).not.toContain('evil.example');
    expect(html).toBe('<p>read more</p>');
  });

  it('drops images with unsafe sources and escapes hostile alt text', () => {
    const html = render([
      image('javascript:alert(1)', 'x'),
      image('data:image/svg+xml,<svg onload=alert(1)>', 'x'),
      image('https://cdn.example.org/a.jpg', '" onerror="alert(1)'),
      image('https://cdn.example.org/b.jpg" onerror="alert(1)', 'b'),
    ]);
    expectHarmless(html);
    expect(html).toContain('<img src="https://cdn.example.org/a.jpg" alt="&quot; onerror=&quot;alert(1)" />');
    expect(html).toContain('<img src="https://cdn.example.org/b.jpg%22%20onerror=%22alert(1)" alt="b" />');
    expect(html.match(/<img/g)).toHaveLength(2);
  });

  it('keeps root-relative upload URLs, or resolves them against the asset base', () => {
    const body = [image('/uploads/kfor.jpg', 'KFOR')];
    expect(render(body)).toBe('<img src="/uploads/kfor.jpg" alt="KFOR" />');
    expect(releaseHtml({ body }, { assetBaseUrl: 'https://cms.example.org' })).toBe(
      '<img src="https://cms.example.org/uploads/kfor.jpg" alt="KFOR" />',
    );
  });

  it('ignores malformed nodes instead of failing', () => {
    const body = [
      { type: 'paragraph', children: 'nope' },
      { nothing: true },
      paragraph(text('ok')),
      { type: 'heading', level: 9, children: [text('h')] },
    ];
    expect(render(body as unknown as RichText)).toBe('<p>ok</p>\n<h2>h</h2>');
  });
});

describe('sanitizeRichHtml', () => {
  it('removes scripts, handlers, styles, iframes and dangerous URLs from raw HTML', () => {
    const html = sanitizeRichHtml(
      '<p onclick="alert(1)" style="color:red" class="x">hi<script>alert(1)</script></p>' +
        '<a href="javascript:alert(1)">a</a><a href="&#106;avascript:alert(1)">b</a>' +
        '<a href="java&#x09;script:alert(1)">c</a><img src="data:image/png;base64,AAAA" alt="d">' +
        '<img src="x" onerror="alert(1)"><iframe src="https://evil.example"></iframe><style>p{}</style>' +
        '<svg><script>alert(1)</script></svg><math><mi xlink:href="javascript:alert(1)">m</mi></math>' +
        '<a href="https://ok.example" target="_blank" onmouseover="alert(1)">ok</a>',
    );
    expectHarmless(html);
    expect(html).not.toContain('evil.example');
    expect(html).toContain('<p>hi</p>');
    expect(html).toContain('<a href="https://ok.example">ok</a>');
  });
});

describe('blocksToPlainText', () => {
  it('separates blocks with a blank line and keeps only words', () => {
    const body: RichText = [
      { type: 'heading', level: 2, children: [text('Title')] },
      paragraph(text('One '), link('https://www.nato.int', 'link'), text(' <b>', { bold: true })),
      {
        type: 'list',
        format: 'ordered',
        children: [
          { type: 'list-item', children: [text('a')] },
          { type: 'list-item', children: [text('b')] },
        ],
      },
      image('https://cdn.example.org/x.jpg', 'alt'),
      paragraph(text('')),
      paragraph(text('Two')),
    ];
    expect(blocksToPlainText(body)).toBe('Title\n\nOne link <b>\n\n1. a\n2. b\n\nTwo');
  });

  it('is empty for an empty body', () => {
    expect(blocksToPlainText([])).toBe('');
    expect(blocksToHtml([])).toBe('');
  });
});
