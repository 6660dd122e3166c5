/** Pages that exist whatever the content: listed in the sitemap. */
export const STATIC_PAGES: readonly string[] = ['/', '/adviezen/', '/dvo/', '/lokale-keuzes/', '/begrippen/', '/toegankelijkheid/', '/opvolging/', '/zoeken/', '/open-data/'];
