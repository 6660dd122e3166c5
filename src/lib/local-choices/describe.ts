/**
 * A money comparison in plain Dutch: what changed in a line from what to what ("status:
 * voorgesteld → toegekend", "bedrag: € 81.000 → € 91.000"), how many lines changed in words,
 * and each row of the comparison table ready to show. The page (MoneyDiffTable) and the
 * terminal command (format.ts) both use this, so they say the same thing.
 */
import type { BudgetLine, DvoVersionLabel } from '../../schemas/dvo.ts';
import { budgetStatusLabels, lineAspectLabels, lineChangeLabels, SUM_OF_LINES_LABEL } from '../labels.ts';
import { formatEuroChange, formatEuros, formatFte } from '../money.ts';
import type { LineChangeKind, LineDiff, LinesDiff } from './compare.ts';
import { formatFteChange, formatPercentChange } from './percent.ts';
import { isProposedAmount, markProposal } from './proposal.ts';

const lower = (text: string) => text.toLocaleLowerCase('nl');
const fteText = (line: BudgetLine) => (line.fte === undefined ? 'niet vermeld' : formatFte(line.fte));

/**
 * What changed in a line, in words: "Nieuw", "Vervallen", "Gelijk", or "Gewijzigd: bedrag
 * € 81.000 → € 91.000; status voorgesteld → toegekend; naam was Jobcoaching". With the versions'
 * kinds, a proposed amount carries its marker here too ("€ 14.000 (voorstel)").
 */
export function describeLineChange(line: LineDiff, versions?: { old: DvoVersionLabel; new: DvoVersionLabel }): string {
	if (line.kind !== 'changed' || !line.old || !line.new) return lineChangeLabels[line.kind];
	const o = line.old;
	const n = line.new;
	const amount = (l: BudgetLine, version: DvoVersionLabel | undefined) => markProposal(formatEuros(l.amount), version !== undefined && isProposedAmount(l, version));
	const parts = line.aspects.map((aspect) => {
		switch (aspect) {
			case 'name':
				return `${lineAspectLabels.name} was ${o.name}`;
			case 'amount':
				return `${lineAspectLabels.amount} ${amount(o, versions?.old)} → ${amount(n, versions?.new)}`;
			case 'fte':
				return `${lineAspectLabels.fte} ${fteText(o)} → ${fteText(n)}`;
			case 'status':
				return `${lineAspectLabels.status} ${lower(budgetStatusLabels[o.status])} → ${lower(budgetStatusLabels[n.status])}`;
			case 'note':
				return `${lineAspectLabels.note} aangepast`;
		}
	});
	return `${lineChangeLabels.changed}: ${parts.join('; ')}`;
}

const countWords: Record<LineChangeKind, string> = { added: 'nieuw', removed: 'vervallen', changed: 'gewijzigd', unchanged: 'gelijk gebleven' };

/** "1 post gewijzigd en 1 post gelijk gebleven." — the counts in words, zeros left out. */
export function describeCounts(counts: Record<LineChangeKind, number>): string {
	const order: LineChangeKind[] = ['added', 'removed', 'changed', 'unchanged'];
	const parts = order.filter((k) => counts[k] > 0).map((k) => `${counts[k]} ${counts[k] === 1 ? 'post' : 'posten'} ${countWords[k]}`);
	if (parts.length === 0) return 'Geen posten om te vergelijken.';
	const sentence = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`;
	return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

/** One side of a row: the amount (marked when proposed), its fte, its status. */
export interface DiffCell {
	/** "€ 81.000 (voorstel)", or "niet aanwezig" when the line is absent on this side. */
	amount: string;
	present: boolean;
	proposed: boolean;
	/** "0,9 fte", "formatie niet vermeld"; empty when absent. */
	fte: string;
	/** "voorgesteld"; empty when absent. */
	status: string;
}

export interface DiffRow {
	name: string;
	kind: LineChangeKind;
	change: string;
	old: DiffCell;
	new: DiffCell;
	/** "+ € 10.000" */
	delta: string;
	/** "+71%" or "nieuw" */
	percent: string;
	/** "+ 0,1 fte", or a sentence when neither side states an fte. */
	fteDelta: string;
}

export interface DiffView {
	rows: DiffRow[];
	total: { label: string; old: string; new: string; delta: string; percent: string; fteDelta: string; oldProposed: boolean; newProposed: boolean };
	/** The counts in words. */
	summary: string;
}

function cell(line: BudgetLine | undefined, version: DvoVersionLabel): DiffCell {
	if (!line) return { amount: 'niet aanwezig', present: false, proposed: false, fte: '', status: '' };
	const proposed = isProposedAmount(line, version);
	return {
		amount: markProposal(formatEuros(line.amount), proposed),
		present: true,
		proposed,
		fte: line.fte === undefined ? 'formatie niet vermeld' : formatFte(line.fte),
		status: lower(budgetStatusLabels[line.status]),
	};
}

/** The comparison table of one pair of years, every cell in words. */
export function diffView(diff: LinesDiff, versions: { old: DvoVersionLabel; new: DvoVersionLabel }): DiffView {
	const rows = diff.lines.map((line) => ({
		name: line.name,
		kind: line.kind,
		change: describeLineChange(line, versions),
		old: cell(line.old, versions.old),
		new: cell(line.new, versions.new),
		delta: formatEuroChange(line.deltaEuros),
		percent: formatPercentChange(line.deltaPercent),
		fteDelta: line.deltaFte === undefined ? 'fte niet vermeld' : formatFteChange(line.deltaFte),
	}));
	const t = diff.totals;
	const anyFte = diff.lines.some((l) => l.deltaFte !== undefined);
	const oldProposed = rows.some((r) => r.old.proposed);
	const newProposed = rows.some((r) => r.new.proposed);
	return {
		rows,
		total: {
			label: SUM_OF_LINES_LABEL,
			old: markProposal(formatEuros(t.oldAmount), oldProposed),
			new: markProposal(formatEuros(t.newAmount), newProposed),
			delta: formatEuroChange(t.deltaEuros),
			percent: formatPercentChange(t.deltaPercent),
			fteDelta: anyFte ? formatFteChange(t.deltaFte) : 'fte niet vermeld',
			oldProposed,
			newProposed,
		},
		summary: describeCounts(diff.counts),
	};
}

