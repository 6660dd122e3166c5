/**
 * Checks that an MDX body parses, without compiling or rendering it. A stray "{" or "<" in a
 * letter is the most common way an editor breaks a page; this names the line and the fix.
 *
 * It parses with Sätteri, the Markdown/MDX processor the site itself is built with
 * (astro.config.mjs), so the check and the build agree on what is valid, and a body costs a
 * fraction of a millisecond to check.
 */
import { mdxToMdast } from 'satteri';

export interface MdxSyntaxError {
	/** 1-based line within the body. */
	line?: number;
	message: string;
}

/** Sätteri's messages read "3:11: Unexpected … (mdx-jsx:unexpected-character)". */
const SATTERI_MESSAGE = /^(\d+):(\d+)(?:-\d+:\d+)?: ([\s\S]*?)(?: \([\w:-]+\))?$/;

/** Returns the first syntax error in the MDX body, or undefined when it parses. */
export function findMdxSyntaxError(body: string): MdxSyntaxError | undefined {
	try {
		mdxToMdast(body, { position: false });
		return undefined;
	} catch (error) {
		const text = error instanceof Error ? error.message : String(error);
		const match = SATTERI_MESSAGE.exec(text.trim());
		if (!match) return { message: text };
		return { line: Number(match[1]), message: match[3] ?? text };
	}
}
