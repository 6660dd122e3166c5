import { describe, expect, it } from 'vitest';
import { isPlaceholderAddress, resolveSiteUrl } from './site-address.ts';

describe('the address the site is built for', () => {
	it('is SITE_URL when set, else baseUrl from the settings, else the local development address', () => {
		expect(resolveSiteUrl('http://localhost:4321', 'https://bar.example')).toBe('https://bar.example');
		expect(resolveSiteUrl('https://bar-heumen.nl', undefined)).toBe('https://bar-heumen.nl');
		expect(resolveSiteUrl('https://bar-heumen.nl', '')).toBe('https://bar-heumen.nl');
		expect(resolveSiteUrl(undefined, undefined)).toBe('http://localhost:4321');
	});

	it('is a placeholder when it is on the editor’s own computer', () => {
		for (const url of ['http://localhost:4321', 'http://localhost:4321/', 'http://127.0.0.1:8080/', 'http://[::1]/']) expect(isPlaceholderAddress(url), url).toBe(true);
		for (const url of ['https://bar-heumen.nl/', 'http://example.org', 'https://localhost.example/']) expect(isPlaceholderAddress(url), url).toBe(false);
	});
});
