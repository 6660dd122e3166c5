/** /bronnen/<file> — the archived letters as received, published next to their advice. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getCollection } from 'astro:content';
import { resolveContentDir } from '../../lib/content/content-dir.ts';

export const getStaticPaths = (async () => {
	const advice = await getCollection('adviezen');
	const files = [...new Set(advice.flatMap((entry) => (entry.data.sourceFile ? [entry.data.sourceFile] : [])))];
	return files.map((file) => ({ params: { file: file.replace(/^bronnen\//, '') }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const body = await readFile(path.join(resolveContentDir(), props.file as string));
	return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
