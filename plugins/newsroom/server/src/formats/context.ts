/** What the news formats need to know beyond the release itself: who publishes, and where. */
export interface FormatContext {
  /** The organisation issuing the releases (schema.org publisher, feed author, ninjs copyright holder). */
  publisher: { name: string; url: string; email?: string };
  siteName: string;
  /** The consuming site, no trailing slash. */
  baseUrl: string;
  /**
   * The locale releases are written in first (plugin config `locales.default`). A release in another
   * locale points back to its source-locale version (JSON-LD `translationOfWork`).
   */
  sourceLocale?: string;
  /**
   * The RFC 4151 tagging entity of ninjs URIs, `<domain>,<date>`, e.g. `newsroom.example.org,2024`.
   * Defaults to the host of `baseUrl` and the release's issue date (issuedAt is not localized, so
   * every locale of a release gets the same authority).
   */
  tagAuthority?: string;
  /**
   * Where relative media URLs in rich text point (Strapi's local upload provider stores `/uploads/...`).
   * Without it, root-relative URLs are kept as they are.
   */
  assetBaseUrl?: string;
}

/** A feed of releases in one locale. */
export interface FeedContext extends FormatContext {
  locale: string;
  feedUrl: { rss: string; atom: string; json: string };
  title: string;
  description?: string;
  copyright?: string;
  /** The feed's last-change date when it has no item (defaults to now). */
  generatedAt?: string;
}
