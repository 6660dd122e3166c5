import { describe, expect, it } from 'vitest';
import { chooseLocalServer, startedMessage } from './local-server.ts';

describe('npm start', () => {
	it('uses nginx when it is installed and says so', () => {
		expect(chooseLocalServer('/usr/sbin/nginx')).toBe('nginx');
		expect(startedMessage('nginx', 'http://127.0.0.1:4321/')).toMatch(/^De site staat klaar op http:\/\/127\.0\.0\.1:4321\/\nGeserveerd door nginx/);
	});

	it('falls back to astro preview without nginx, and tells how to install it', () => {
		expect(chooseLocalServer(undefined)).toBe('astro-preview');
		expect(startedMessage('astro-preview', '')).toMatch(/nginx is niet geïnstalleerd, dus de site draait met astro preview[\s\S]*apt-get install nginx/);
	});
});
