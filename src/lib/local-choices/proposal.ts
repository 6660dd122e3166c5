/**
 * When an amount is a proposal rather than a decision: its line has the status "voorgesteld",
 * or it comes from a draft (ontwerp) of the DVO. Every page, chart and download that shows an
 * amount asks this module, so a proposed amount never appears without its marker.
 */
import type { BudgetLine, DvoVersionLabel } from '../../schemas/dvo.ts';
import { PROPOSAL_MARKER } from '../labels.ts';

/** True when the amount of `line` in a version with label `version` is only proposed. */
export function isProposedAmount(line: Pick<BudgetLine, 'status'>, version: DvoVersionLabel): boolean {
	return version === 'ontwerp' || line.status === 'voorgesteld';
}

/** True when any amount of the year (and so its sum) is only proposed. */
export function isProposedYear(lines: readonly Pick<BudgetLine, 'status'>[], version: DvoVersionLabel): boolean {
	return version === 'ontwerp' || lines.some((line) => isProposedAmount(line, version));
}

/** "€ 81.000 (voorstel)" for a proposal, the amount alone otherwise. */
export function markProposal(amountText: string, proposed: boolean): string {
	return proposed ? `${amountText} (${PROPOSAL_MARKER})` : amountText;
}

/** Why the amounts are proposals, in one sentence for a page or download. */
export function proposalExplanation(version: DvoVersionLabel): string {
	return version === 'ontwerp'
		? 'Deze bedragen komen uit een ontwerp van de DVO: het zijn voorstellen, geen besluiten.'
		: 'Bedragen met "voorstel" erbij zijn voorgesteld, nog niet toegekend.';
}
