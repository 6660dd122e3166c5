import { describe, expect, it } from 'vitest';
import { placeName } from './place-name.ts';

describe('placeName', () => {
	it('drops the organisation prefix and keeps any other name', () => {
		expect(placeName('Gemeente Heumen')).toBe('Heumen');
		expect(placeName('Fictiefdorp')).toBe('Fictiefdorp');
	});
});
