/**
 * /bronnen/<file> — the archived letters as received, byte for byte, under their own file name.
 * The reading copy is /bronnen/<name>/ (HTML with a declared character set); this file is the
 * original, for who needs it. Its Content-Type here only matters to the dev server: a static host
 * picks its own, which is why the reading page says which character set the file has.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getCollection } from 'astro:content';
import { resolveContentDir } from '../../lib/content/content-dir.ts';
import { sourceFileName } from '../../lib/routes.ts';

export const getStaticPaths = (async () => {
	const advice = await getCollection('adviezen');
	const files = [...new Set(advice.flatMap((entry) => (entry.data.sourceFile ? [entry.data.sourceFile] : [])))];
	return files.map((file) => ({ params: { file: sourceFileName(file) }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const body = await readFile(path.join(resolveContentDir(), props.file as string));
	return new Response(body, { headers: { 'Content-Type': 'application/octet-stream' } });
};
