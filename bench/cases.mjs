/**
 * The measured requests. Before any load, each is sent once and its answer checked: our list,
 * the stock list and the floor serve the same 25 releases in the same order, each with its 3
 * quotes and 2 deployments; the detail and stock findOne the same release; the ETag gives a 304.
 * A case's minimum size is 80% of that checked answer, so an error page cannot pass for it.
 */
const LIST = '/api/newsroom/releases?locale=en&page=1&pageSize=25';
const STOCK_RELATIONS = 'populate[quotes]=true&populate[deployments]=true';
const STOCK_LIST = `/api/stock/releases?locale=en&sort=issuedAt:desc&pagination[page]=1&pagination[pageSize]=25&${STOCK_RELATIONS}`;
const HEADERS_ONLY = 100;

const get = async (url, headers = {}) => {
  const response = await fetch(url, { headers });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, bytes: Buffer.byteLength(text) };
};

const check = (condition, message) => {
  if (!condition) throw new Error(`check failed: ${message}`);
};

const expectStatus = (answer, status, what) =>
  check(answer.status === status, `${what} answered ${answer.status}, expected ${status}: ${answer.text.slice(0, 300)}`);

const complete = (releases, what) =>
  releases.forEach((release) =>
    check(
      release.quotes?.length === 3 && release.deployments?.length === 2,
      `${what}: ${release.slug} has ${release.quotes?.length} quotes and ${release.deployments?.length} deployments, expected 3 and 2`,
    ),
  );

/** Checks every endpoint once, then returns the cases, each with the server it loads. */
export const prepareCases = async ({ app, uncached, floor, releases }) => {
  const ours = await get(app.url + LIST);
  expectStatus(ours, 200, 'our list');
  const list = JSON.parse(ours.text);
  check(list.data.length === 25, `our list has ${list.data.length} releases`);
  check(list.meta.pagination.total === releases, `our list counts ${list.meta.pagination.total} releases, seeded ${releases}`);
  complete(list.data, 'our list');
  const slugs = list.data.map((release) => release.slug).join(' ');
  const etag = ours.headers.get('etag');
  check(etag, 'our list sends an ETag');

  const stock = await get(app.url + STOCK_LIST);
  expectStatus(stock, 200, 'stock list');
  const stockList = JSON.parse(stock.text);
  check(stockList.data.map((release) => release.slug).join(' ') === slugs, 'stock list serves the same releases in the same order');
  check(stockList.meta.pagination.total === releases, `stock list counts ${stockList.meta.pagination.total}`);
  complete(stockList.data, 'stock list');

  const rendered = await get(uncached.url + LIST);
  expectStatus(rendered, 200, 'our list (memory cache off)');
  check(rendered.text === ours.text, 'our list is the same with and without the memory cache');

  const floorPage = await get(`${floor.url}/?locale=en&page=1&pageSize=25`);
  expectStatus(floorPage, 200, 'floor');
  const floorList = JSON.parse(floorPage.text);
  check(floorList.data.map((release) => release.slug).join(' ') === slugs, 'floor serves the same releases in the same order');
  complete(floorList.data, 'floor');

  const { slug, documentId } = list.data[0];
  const detailPath = `/api/newsroom/releases/${slug}?locale=en`;
  const detail = await get(app.url + detailPath);
  expectStatus(detail, 200, 'our detail');
  complete([JSON.parse(detail.text).data], 'our detail');
  const stockOnePath = `/api/stock/releases/${documentId}?locale=en&${STOCK_RELATIONS}`;
  const stockOne = await get(app.url + stockOnePath);
  expectStatus(stockOne, 200, 'stock findOne');
  check(JSON.parse(stockOne.text).data.slug === slug, 'stock findOne serves the same release');
  complete([JSON.parse(stockOne.text).data], 'stock findOne');

  const conditional = await get(app.url + LIST, { 'If-None-Match': etag });
  expectStatus(conditional, 304, 'our list with If-None-Match');
  const ninjsPath = `/api/newsroom/releases/${slug}/ninjs?locale=en`;
  const ninjs = await get(app.url + ninjsPath);
  expectStatus(ninjs, 200, 'ninjs');
  check(JSON.parse(ninjs.text).uri, 'ninjs has a uri');
  const rssPath = '/api/newsroom/feeds/en/rss.xml';
  const rss = await get(app.url + rssPath);
  expectStatus(rss, 200, 'RSS');
  check((rss.text.match(/<item>/g) ?? []).length >= 25, 'RSS has its items');
  const health = await get(`${app.url}/_health`);
  expectStatus(health, 204, '/_health');

  const min = (answer) => Math.floor(answer.bytes * 0.8);
  return [
    { id: 'h', label: 'Strapi /_health (middleware stack only)', server: app, url: `${app.url}/_health`, status: 204, minBytes: HEADERS_ONLY },
    { id: 'a', label: 'our list', server: app, url: app.url + LIST, status: 200, minBytes: min(ours) },
    { id: 'a0', label: 'our list, memory cache off', server: uncached, url: uncached.url + LIST, status: 200, minBytes: min(rendered) },
    { id: 'b', label: 'stock list, quotes+deployments', server: app, url: app.url + STOCK_LIST, status: 200, minBytes: min(stock) },
    { id: 'c', label: 'our detail', server: app, url: app.url + detailPath, status: 200, minBytes: min(detail) },
    { id: 'c0', label: 'our detail, memory cache off', server: uncached, url: uncached.url + detailPath, status: 200, minBytes: min(detail) },
    { id: 'd', label: 'stock findOne, quotes+deployments', server: app, url: app.url + stockOnePath, status: 200, minBytes: min(stockOne) },
    { id: 'e', label: 'our list, If-None-Match: 304', server: app, url: app.url + LIST, headers: { 'If-None-Match': etag }, status: 304, minBytes: HEADERS_ONLY },
    { id: 'f1', label: 'our ninjs', server: app, url: app.url + ninjsPath, status: 200, minBytes: min(ninjs) },
    { id: 'f2', label: 'our RSS', server: app, url: app.url + rssPath, status: 200, minBytes: min(rss) },
    { id: 'g', label: 'floor: knex + node:http', server: floor, url: `${floor.url}/?locale=en&page=1&pageSize=25`, status: 200, minBytes: min(floorPage) },
  ];
};
