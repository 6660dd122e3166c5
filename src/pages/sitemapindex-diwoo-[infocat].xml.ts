/** /sitemapindex-diwoo-infocatNNN.xml — one DiWoo sitemap index per information category with documents. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getWooOutput } from './_data/woo.ts';

export const getStaticPaths = (async () => {
	const { files } = await getWooOutput();
	return files.indexes.map((name) => ({ params: { infocat: /infocat\d{3}/.exec(name)![0] }, props: { xml: files.files.get(name)! } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.xml as string, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
