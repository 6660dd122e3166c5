/**
 * Checks that an MDX body parses, without compiling or rendering it. A stray "{" or "<" in a
 * letter is the most common way an editor breaks a page; this names the line and the fix.
 */
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';

export interface MdxSyntaxError {
	/** 1-based line within the body. */
	line?: number;
	message: string;
}

const processor = createProcessor({ remarkPlugins: [remarkGfm] });

/** Returns the first syntax error in the MDX body, or undefined when it parses. */
export function findMdxSyntaxError(body: string): MdxSyntaxError | undefined {
	try {
		processor.parse(body);
		return undefined;
	} catch (error) {
		const err = error as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message?: string };
		const line = err.line ?? err.place?.line ?? err.place?.start?.line;
		return { line: line ?? undefined, message: err.reason ?? err.message ?? String(error) };
	}
}

/** The ids Astro gives to the headings of a body (github-slugger over the heading text). */
export { headingIds } from './heading-ids.ts';
