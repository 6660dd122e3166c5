import { describe, expect, it } from 'vitest';
import { effectiveFollowUp } from './effective.ts';
import { letterFollowUp } from './sections.ts';

const point = (id: string, section?: string) => ({ id, kind: 'vraag' as const, text: `${id}?`, section });

describe('statuses in the letter', () => {
	it('puts each section’s points before the next heading, and the last section’s after the letter', () => {
		const followUps = new Map([['b', effectiveFollowUp({ followUp: { status: 'overgenomen', response: 'Ja.' } })]]);
		const result = letterFollowUp(['advies', 'taal', 'slot'], [point('a', 'taal'), point('b', 'taal'), point('c', 'slot'), point('d')], followUps);
		expect([...result.beforeHeading.keys()]).toEqual(['slot']);
		expect(result.beforeHeading.get('slot')!.map((p) => [p.id, p.status])).toEqual([
			['a', 'open'],
			['b', 'overgenomen'],
		]);
		expect(result.afterLetter.map((p) => p.id)).toEqual(['c']);
	});

	it('skips points whose section is not a heading of the letter', () => {
		const result = letterFollowUp(['advies'], [point('a', 'weg')], new Map());
		expect(result.beforeHeading.size).toBe(0);
		expect(result.afterLetter).toEqual([]);
	});
});
