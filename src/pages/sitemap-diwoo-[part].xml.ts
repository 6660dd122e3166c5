/** /sitemap-diwoo-infocatNNN-N.xml — the sitemaps with DiWoo metadata that the indexes list. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getWooOutput } from './_data/woo.ts';

export const getStaticPaths = (async () => {
	const { files } = await getWooOutput();
	return [...files.files]
		.filter(([name]) => name.startsWith('sitemap-diwoo-'))
		.map(([name, xml]) => ({ params: { part: name.replace(/^sitemap-diwoo-/, '').replace(/\.xml$/, '') }, props: { xml } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.xml as string, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
