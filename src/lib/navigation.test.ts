import { describe, expect, it } from 'vitest';
import { breadcrumbTrail, isCurrentSection, menuItemCurrent, sectionOf } from './navigation.ts';

describe('sectionOf', () => {
	it('marks the section a page lies in, and home only on home', () => {
		expect(sectionOf('/')?.label).toBe('Home');
		expect(sectionOf('/adviezen/x/')?.label).toBe('Adviezen');
		expect(sectionOf('/dvo/2026-2027/ontwerp/')?.label).toBe('DVO per periode');
		expect(sectionOf('/opvolging/jaar/2025/')?.label).toBe('Opvolging');
		expect(sectionOf('/begrippen')?.label).toBe('Begrippen');
		expect(sectionOf('/zoeken/')).toBeUndefined();
		expect(sectionOf('/toegankelijkheid/')).toBeUndefined();
		expect(isCurrentSection('/adviezen/x/', '/')).toBe(false);
	});

	it('puts year comparisons under Lokale keuzes and version comparisons under DVO per periode', () => {
		expect(sectionOf('/vergelijk/2026/2027/')?.label).toBe('Lokale keuzes');
		expect(sectionOf('/vergelijk/2024-2025-ontwerp/2024-2025-vastgesteld/')?.label).toBe('DVO per periode');
	});

	it('puts an archived letter under Adviezen', () => {
		expect(sectionOf('/bronnen/advies-bar-dvo-2026-2027/')?.label).toBe('Adviezen');
	});
});

describe('menuItemCurrent', () => {
	it('says "page" on the section page itself and "true" on the pages below it', () => {
		expect(menuItemCurrent('/adviezen/', '/adviezen/')).toBe('page');
		expect(menuItemCurrent('/adviezen', '/adviezen/')).toBe('page');
		expect(menuItemCurrent('/adviezen/x/', '/adviezen/')).toBe('true');
		expect(menuItemCurrent('/vergelijk/2026/2027/', '/lokale-keuzes/')).toBe('true');
		expect(menuItemCurrent('/adviezen/x/', '/dvo/')).toBeUndefined();
	});
});

describe('breadcrumbTrail', () => {
	it('has no trail on the home page', () => {
		expect(breadcrumbTrail('/', 'Home')).toBeUndefined();
	});

	it('leads from home through the section to the page', () => {
		expect(breadcrumbTrail('/adviezen/x/', 'Advies X')).toEqual({
			ancestors: [
				{ href: '/', label: 'Home' },
				{ href: '/adviezen/', label: 'Adviezen' },
			],
			current: 'Advies X',
		});
	});

	it('does not repeat the section on the section page itself', () => {
		expect(breadcrumbTrail('/adviezen/', 'Adviezen')?.ancestors).toEqual([{ href: '/', label: 'Home' }]);
	});

	it('adds the parents a page names, once', () => {
		const trail = breadcrumbTrail('/dvo/2024-2025/ontwerp/', 'Ontwerp', [
			{ href: '/dvo/', label: 'DVO per periode' },
			{ href: '/dvo/2024-2025/', label: 'DVO 2024-2025' },
		]);
		expect(trail?.ancestors.map((c) => c.href)).toEqual(['/', '/dvo/', '/dvo/2024-2025/']);
	});

	it('gives pages outside the sections a trail from home', () => {
		expect(breadcrumbTrail('/toegankelijkheid/', 'Toegankelijkheid')?.ancestors).toEqual([{ href: '/', label: 'Home' }]);
	});
});
