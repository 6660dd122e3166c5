import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../schemas/settings.ts';
import { accessibilityStatusLabels, contactWays, KNOWN_LIMITATIONS } from './accessibility.ts';

describe('contactWays', () => {
	it('links every address the settings give, and invents none', () => {
		expect(contactWays({})).toEqual([]);
		expect(contactWays({ description: 'Vraag het de gemeente.' })).toEqual([]);
		expect(contactWays({ email: 'bar@example.org', url: 'https://example.org/contact/', phone: '024 123 45 67' })).toEqual([
			{ kind: 'email', label: 'E-mail', href: 'mailto:bar@example.org', text: 'bar@example.org' },
			{ kind: 'url', label: 'Website', href: 'https://example.org/contact/', text: 'example.org/contact' },
			{ kind: 'phone', label: 'Telefoon', href: 'tel:0241234567', text: '024 123 45 67' },
		]);
	});
});

describe('the settings for the statement', () => {
	const base = { councilName: 'R', councilShortName: 'R', municipality: 'Gemeente X', partner: 'P', baseUrl: 'https://example.org', contact: {} };

	it('are optional, and take a status letter, a date and a phone number', () => {
		expect(settingsSchema.safeParse(base).success).toBe(true);
		const parsed = settingsSchema.parse({ ...base, contact: { phone: '+31 24 123 45 67' }, accessibility: { status: 'B', lastCheck: '2026-11-30' } });
		expect(parsed.accessibility?.lastCheck).toEqual(new Date('2026-11-30'));
	});

	it('refuse a status that is not in the model, and a phone number with letters, in Dutch', () => {
		const status = settingsSchema.safeParse({ ...base, accessibility: { status: 'F' } });
		expect(status.success).toBe(false);
		expect(status.error?.issues[0]?.message).toContain('A, B, C, D of E');
		const phone = settingsSchema.safeParse({ ...base, contact: { phone: 'bel ons' } });
		expect(phone.error?.issues[0]?.message).toContain('geen telefoonnummer');
	});
});

describe('the statement’s fixed parts', () => {
	it('name every status of the model, and say for each known limitation what is done about it', () => {
		expect(Object.keys(accessibilityStatusLabels)).toEqual(['A', 'B', 'C', 'D', 'E']);
		for (const limitation of KNOWN_LIMITATIONS) expect(limitation.measure.length).toBeGreaterThan(20);
	});
});
