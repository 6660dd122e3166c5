import { describe, expect, it } from 'vitest';
import { pointStatusPlan } from './point-statuses.ts';

describe('the status of the points of an advice, said once', () => {
	it('says once that the archive holds no response when no point has one', () => {
		expect(pointStatusPlan(Array.from({ length: 7 }, () => ({ status: 'open' as const })))).toEqual({
			badgePerPoint: false,
			sentence: 'Dit archief bevat (nog) geen reactie van het college op deze 7 punten.',
		});
	});
	it('shows a badge per point as soon as one point has a response', () => {
		const answered = { status: 'overgenomen' as const, current: { status: 'overgenomen' as const } };
		expect(pointStatusPlan([{ status: 'open' }, answered as never])).toEqual({ badgePerPoint: true, sentence: '' });
	});
});
