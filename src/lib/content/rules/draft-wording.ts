/**
 * Rule: draft wording left in a final or amended DVO version (a line still "voorgesteld", a note
 * speaking of a proposal, "ontwerp" in the title), as warnings. A thin adapter over its logic in
 * src/lib/editorial/draft-wording.ts; npm run nieuwe-versie makes exactly such versions.
 */
import { draftWordingWarnings } from '../../editorial/draft-wording.ts';
import type { Rule } from './rule.ts';

/** Draft wording in every DVO version that is not a draft. */
export const draftWordingRule: Rule = ({ dvo }) => dvo.flatMap((version) => draftWordingWarnings(version, version.lineOf));
