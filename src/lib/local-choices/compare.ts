/**
 * The money diff: compares two lists of local-choice budget lines (two years, or one year in
 * two DVO versions). Lines are matched by their stable id; a line without an id is matched by
 * its name. Every line is marked added, removed, changed or unchanged, with integer amounts,
 * the difference in euros and in whole percent (Dutch rounding), the fte difference, and totals.
 */
import type { BudgetLine, BudgetLineStatus } from '../../schemas/dvo.ts';
import { sumEuros } from '../money.ts';
import { fteHundredths, percentChange } from './percent.ts';

export type LineChangeKind = 'added' | 'removed' | 'changed' | 'unchanged';
/** What differs in a changed line. */
export type LineAspect = 'name' | 'amount' | 'fte' | 'status' | 'note';

export interface LineDiff {
	/** The id when the line has one, else "naam:<name>". */
	key: string;
	kind: LineChangeKind;
	/** How the lines were matched. */
	matchedBy?: 'id' | 'name';
	/** The name to show: the new name, or the old one for a removed line. */
	name: string;
	/** The old name, when the line was renamed. */
	renamedFrom?: string;
	aspects: LineAspect[];
	old?: BudgetLine;
	new?: BudgetLine;
	/** 0 for an absent side. */
	oldAmount: number;
	newAmount: number;
	deltaEuros: number;
	/** Whole percent of the old amount; undefined when the old amount is 0 or absent ("nieuw"). */
	deltaPercent: number | undefined;
	/** fte in hundredths; undefined when neither side states an fte. */
	oldFte?: number;
	newFte?: number;
	deltaFte?: number;
}

export interface LinesDiff {
	lines: LineDiff[];
	totals: {
		oldAmount: number;
		newAmount: number;
		deltaEuros: number;
		deltaPercent: number | undefined;
		/** Sums of the fte that lines state, in hundredths. */
		oldFte: number;
		newFte: number;
		deltaFte: number;
	};
	counts: Record<LineChangeKind, number>;
}

const normalizeName = (name: string) => name.normalize('NFC').trim().toLocaleLowerCase('nl').replace(/\s+/g, ' ');

/** The key a line is known by in a diff. */
export function lineKey(line: Pick<BudgetLine, 'id' | 'name'>): string {
	return line.id ?? `naam:${normalizeName(line.name)}`;
}

function aspectsOf(a: BudgetLine, b: BudgetLine): LineAspect[] {
	const aspects: LineAspect[] = [];
	if (a.name !== b.name) aspects.push('name');
	if (a.amount !== b.amount) aspects.push('amount');
	if ((a.fte === undefined ? undefined : fteHundredths(a.fte)) !== (b.fte === undefined ? undefined : fteHundredths(b.fte))) aspects.push('fte');
	if (a.status !== b.status) aspects.push('status');
	if ((a.note ?? '') !== (b.note ?? '')) aspects.push('note');
	return aspects;
}

/**
 * Pairs old and new lines: first by id, then (for lines where either side has no id) by
 * name among the lines still unpaired.
 */
function pairLines(oldLines: readonly BudgetLine[], newLines: readonly BudgetLine[]): { pairs: Map<number, number>; by: Map<number, 'id' | 'name'> } {
	const pairs = new Map<number, number>(); // new index → old index
	const by = new Map<number, 'id' | 'name'>();
	const usedOld = new Set<number>();
	newLines.forEach((line, newIndex) => {
		if (line.id === undefined) return;
		const oldIndex = oldLines.findIndex((o, i) => !usedOld.has(i) && o.id === line.id);
		if (oldIndex >= 0) {
			pairs.set(newIndex, oldIndex);
			by.set(newIndex, 'id');
			usedOld.add(oldIndex);
		}
	});
	newLines.forEach((line, newIndex) => {
		if (pairs.has(newIndex)) return;
		const oldIndex = oldLines.findIndex(
			(o, i) => !usedOld.has(i) && (o.id === undefined || line.id === undefined) && normalizeName(o.name) === normalizeName(line.name),
		);
		if (oldIndex >= 0) {
			pairs.set(newIndex, oldIndex);
			by.set(newIndex, 'name');
			usedOld.add(oldIndex);
		}
	});
	return { pairs, by };
}

function fteOf(line: BudgetLine | undefined): number | undefined {
	return line?.fte === undefined ? undefined : fteHundredths(line.fte);
}

function lineDiff(oldLine: BudgetLine | undefined, newLine: BudgetLine | undefined, matchedBy?: 'id' | 'name'): LineDiff {
	const shown = (newLine ?? oldLine)!;
	const oldAmount = oldLine?.amount ?? 0;
	const newAmount = newLine?.amount ?? 0;
	const oldFte = fteOf(oldLine);
	const newFte = fteOf(newLine);
	const aspects = oldLine && newLine ? aspectsOf(oldLine, newLine) : [];
	const kind: LineChangeKind = !oldLine ? 'added' : !newLine ? 'removed' : aspects.length > 0 ? 'changed' : 'unchanged';
	return {
		key: lineKey(newLine?.id !== undefined || !oldLine ? shown : oldLine),
		kind,
		matchedBy,
		name: shown.name,
		renamedFrom: oldLine && newLine && oldLine.name !== newLine.name ? oldLine.name : undefined,
		aspects,
		old: oldLine,
		new: newLine,
		oldAmount,
		newAmount,
		deltaEuros: newAmount - oldAmount,
		deltaPercent: oldLine ? percentChange(oldAmount, newAmount) : undefined,
		oldFte,
		newFte,
		deltaFte: oldFte === undefined && newFte === undefined ? undefined : (newFte ?? 0) - (oldFte ?? 0),
	};
}

/**
 * Compares two lists of budget lines. The result lists the new lines in their new order, each
 * removed line right after the line that preceded it in the old list.
 */
export function diffLines(oldLines: readonly BudgetLine[], newLines: readonly BudgetLine[]): LinesDiff {
	const { pairs, by } = pairLines(oldLines, newLines);
	const pairedOld = new Set(pairs.values());
	const removedAfter = new Map<number, number[]>(); // old index of predecessor (−1 = start) → removed old indexes
	let previous = -1;
	oldLines.forEach((_, oldIndex) => {
		if (pairedOld.has(oldIndex)) {
			previous = oldIndex;
			return;
		}
		removedAfter.set(previous, [...(removedAfter.get(previous) ?? []), oldIndex]);
	});
	const lines: LineDiff[] = [];
	const emitRemovedAfter = (oldIndex: number) => {
		for (const removed of removedAfter.get(oldIndex) ?? []) {
			lines.push(lineDiff(oldLines[removed], undefined));
			emitRemovedAfter(removed);
		}
		removedAfter.delete(oldIndex);
	};
	emitRemovedAfter(-1);
	newLines.forEach((line, newIndex) => {
		const oldIndex = pairs.get(newIndex);
		lines.push(lineDiff(oldIndex === undefined ? undefined : oldLines[oldIndex], line, by.get(newIndex)));
		if (oldIndex !== undefined) emitRemovedAfter(oldIndex);
	});
	for (const key of [...removedAfter.keys()]) emitRemovedAfter(key);

	const oldAmount = sumEuros(oldLines.map((l) => l.amount));
	const newAmount = sumEuros(newLines.map((l) => l.amount));
	const oldFte = oldLines.reduce((sum, l) => sum + (fteOf(l) ?? 0), 0);
	const newFte = newLines.reduce((sum, l) => sum + (fteOf(l) ?? 0), 0);
	const counts: Record<LineChangeKind, number> = { added: 0, removed: 0, changed: 0, unchanged: 0 };
	for (const line of lines) counts[line.kind] += 1;
	return {
		lines,
		totals: { oldAmount, newAmount, deltaEuros: newAmount - oldAmount, deltaPercent: percentChange(oldAmount, newAmount), oldFte, newFte, deltaFte: newFte - oldFte },
		counts,
	};
}

/**
 * Applies a diff to the old lines: drops removed lines, patches changed ones by their
 * differences, adds new ones. Yields the new lines; the property tests rely on it.
 */
export function applyDiff(oldLines: readonly BudgetLine[], diff: LinesDiff): BudgetLine[] {
	const remaining = [...oldLines];
	const take = (line: BudgetLine) => {
		const index = remaining.indexOf(line);
		if (index < 0) throw new Error(`Line ${line.name} is not in the old lines`);
		return remaining.splice(index, 1)[0]!;
	};
	const result: BudgetLine[] = [];
	for (const entry of diff.lines) {
		if (entry.kind === 'removed') {
			take(entry.old!);
			continue;
		}
		if (entry.kind === 'added') {
			result.push(entry.new!);
			continue;
		}
		const base = take(entry.old!);
		const patched: BudgetLine = { ...base, name: entry.name, amount: base.amount + entry.deltaEuros };
		const fte = entry.newFte === undefined ? undefined : entry.newFte / 100;
		if (fte === undefined) delete patched.fte;
		else patched.fte = fte;
		patched.status = (entry.new?.status ?? base.status) as BudgetLineStatus;
		if (entry.new?.note === undefined) delete patched.note;
		else patched.note = entry.new.note;
		if (entry.new?.id === undefined) delete patched.id;
		else patched.id = entry.new.id;
		result.push(patched);
	}
	if (remaining.length > 0) throw new Error(`${remaining.length} old lines are not accounted for in the diff`);
	return result;
}
