/**
 * The RSS feed of advice and the sitemap, as XML strings. No library: both formats are tiny,
 * and escaping is the only thing to get right.
 */

export function escapeXml(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export interface FeedItem {
	title: string;
	/** Absolute URL. */
	link: string;
	description: string;
	/** Publication date, only when it is known. */
	pubDate?: Date;
}

export interface Feed {
	title: string;
	description: string;
	/** Absolute URL of the site. */
	link: string;
	/** Absolute URL of the feed itself. */
	self: string;
	items: FeedItem[];
}

/** RSS 2.0. Items without a known date get none, rather than an invented one. */
export function renderRss(feed: Feed): string {
	const items = feed.items
		.map((item) =>
			[
				'    <item>',
				`      <title>${escapeXml(item.title)}</title>`,
				`      <link>${escapeXml(item.link)}</link>`,
				`      <guid isPermaLink="true">${escapeXml(item.link)}</guid>`,
				`      <description>${escapeXml(item.description)}</description>`,
				item.pubDate ? `      <pubDate>${item.pubDate.toUTCString()}</pubDate>` : '',
				'    </item>',
			]
				.filter(Boolean)
				.join('\n'),
		)
		.join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(feed.title)}</title>
    <link>${escapeXml(feed.link)}</link>
    <description>${escapeXml(feed.description)}</description>
    <language>nl-NL</language>
    <atom:link href="${escapeXml(feed.self)}" rel="self" type="application/rss+xml"/>
${items}
  </channel>
</rss>
`;
}

/** A sitemap of absolute URLs, sorted so that the output is the same on every build. */
export function renderSitemap(urls: readonly string[]): string {
	const body = [...new Set(urls)]
		.sort()
		.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`)
		.join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${body}
</urlset>
`;
}
