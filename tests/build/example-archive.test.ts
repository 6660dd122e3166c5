/** The fictional example archive: several periods, versions, and a banner on every page. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parsePage, visibleText } from '../support/html.ts';

const site = inject('exampleSite');

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) return htmlFiles(full);
		return name.endsWith('.html') ? [full] : [];
	});
}

describe('the fictional example archive', () => {
	it('says on every page that it is fictional', () => {
		const files = htmlFiles(site);
		expect(files.length).toBeGreaterThan(10);
		for (const file of files) {
			const route = `/${path.relative(site, file)}`;
			const page = parsePage(site, route);
			expect(visibleText(page.querySelector('.aa-fictional')!), route).toContain('verzonnen');
			expect(page.querySelector('title')?.textContent, route).toMatch(/^Voorbeeld: /);
		}
	});

	it('leads from the period page to the final version and shows a banner on the draft', () => {
		const period = parsePage(site, '/dvo/2024-2025/');
		expect(visibleText(period.querySelector('h1')!)).toBe('DVO 2024-2025');
		expect(visibleText(period.querySelector('main a[href="/dvo/2024-2025/vastgesteld/"]')!)).toContain('DVO Voorbeeld-WerkBedrijf 2024-2025 (verzonnen)');
		const draft = parsePage(site, '/dvo/2024-2025/ontwerp/');
		const banner = draft.querySelector('.utrecht-alert--warning');
		expect(banner && visibleText(banner)).toContain('Dit is niet de nieuwste versie in dit archief');
		expect(banner?.querySelector('a')?.getAttribute('href')).toBe('/dvo/2024-2025/vastgesteld/');
		expect(parsePage(site, '/dvo/2024-2025/vastgesteld/').querySelector('.utrecht-alert--warning')).toBeNull();
	});

	it('lists the periods newest first', () => {
		const links = parsePage(site, '/dvo/').querySelectorAll('h2 a').map((a) => a.getAttribute('href'));
		expect(links).toEqual(['/dvo/2026-2027/', '/dvo/2024-2025/', '/dvo/2023/', '/dvo/2022/']);
	});

	it('shows the date of a letter when it is known', () => {
		const text = visibleText(parsePage(site, '/adviezen/2021-dvo-2022/').querySelector('.aa-summary')!);
		expect(text).toContain('Datum van de brief 20 november 2021');
	});
});
