/** Dutch words for the outcome of a line in a money diff. */
import type { LineChangeKind, LineDiff } from './compare.ts';

export const lineChangeLabels: Record<LineChangeKind, string> = {
	added: 'Nieuw',
	removed: 'Vervallen',
	changed: 'Gewijzigd',
	unchanged: 'Gelijk',
};

/** "Gewijzigd (bedrag, naam: was Jobcoaching)" — what changed, in words. */
export function describeLineChange(line: LineDiff): string {
	if (line.kind !== 'changed') return lineChangeLabels[line.kind];
	const words: Record<string, string> = { amount: 'bedrag', fte: 'formatie', status: 'status', note: 'toelichting' };
	const aspects = line.aspects.filter((a) => a !== 'name').map((a) => words[a]!);
	if (line.renamedFrom !== undefined) aspects.push(`nieuwe naam, was ${line.renamedFrom}`);
	return `Gewijzigd: ${aspects.join(', ')}`;
}
