/**
 * Which server `npm start` uses on this machine, and what it tells the person at the keyboard
 * (in Dutch): nginx with the production configuration when nginx is installed, otherwise Astro's
 * preview server, which lacks the production headers and compression.
 */

export type LocalServer = 'nginx' | 'astro-preview';

/** The server to start, given the nginx binary found (or undefined). */
export function chooseLocalServer(nginx: string | undefined): LocalServer {
	return nginx ? 'nginx' : 'astro-preview';
}

/** The message after the site has started. */
export function startedMessage(server: LocalServer, url: string): string {
	if (server === 'nginx') return `De site staat klaar op ${url}\nGeserveerd door nginx, met dezelfde instellingen als in productie (headers, compressie, 404-pagina).\nStoppen: Ctrl+C.`;
	return `nginx is niet geïnstalleerd, dus de site draait met astro preview (zonder de headers en compressie van productie).\nWilt u precies zien wat bezoekers krijgen? Installeer nginx: apt-get install nginx libnginx-mod-http-brotli-static`;
}
