/**
 * The search page in the browser (/zoeken/), over Pagefind's JavaScript API. The page's HTML
 * (SearchUi.astro) holds every region already, with its room reserved, so nothing jumps when
 * results arrive; this script fills them in:
 * - the one search box is the header's (it holds the query; typing searches as you go);
 * - the status line (aria-live) says how many results there are and, when little is found,
 *   offers "Bedoelde u …?" from the archive's own words (suggest.ts), one click or Enter away;
 * - Dutch stop words are left out of what Pagefind gets ("Gezocht zonder: van, de"); a query of
 *   stop words only is explained instead of searched (query.ts), so it fetches no index chunk;
 * - results first, then links to the lists when little is found;
 * - filters folded behind one button that says how many are active; sort by relevance or date.
 * Filters are only loaded when the visitor opens them, so a first search fetches little.
 */
import { cleanExcerpt, cleanText, firstMarkedWord, highlightUrl } from '../excerpt.ts';
import { normalizeQuery, prepareQuery, type PreparedQuery } from '../query.ts';
import { createSuggester, type Suggester, type SuggestionData, type Suggestion } from '../suggest.ts';
import { FILTERS, SORT_KEY } from '../facets.ts';
import { SUGGESTION_FILE } from '../vocabulary.ts';
import { exactTitlesFirst, FEW_RESULTS, filterButtonLabel, leftOutText, onlyStopWordsText, PAGE_SIZE, PAGEFIND_OPTIONS, resultDetails, statusText, suggestionLead, wantsSuggestions, worthShowing } from '../present.ts';

interface ResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
}
interface PagefindResult {
	data(): Promise<ResultData>;
}
interface PagefindSearch {
	results: PagefindResult[];
	filters: Record<string, Record<string, number>>;
	/** Counts for the query without the active filters: what each value would hold. */
	totalFilters?: Record<string, Record<string, number>>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	search(term: string, options?: Record<string, unknown>): Promise<PagefindSearch>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

interface Shown {
	title: string;
	url: string;
	details: string;
	excerpt: string;
}

const BASE = '/pagefind/';
const DEBOUNCE_MS = 300;

function element<T extends HTMLElement>(root: ParentNode, selector: string): T {
	const found = root.querySelector<T>(selector);
	if (!found) throw new Error(`zoekpagina: ${selector} ontbreekt`);
	return found;
}

function text(tag: string, className: string, content: string): HTMLElement {
	const node = document.createElement(tag);
	node.className = className;
	node.textContent = content;
	return node;
}

/** Starts the search page. Does nothing (and leaves the no-script text) when a part is missing. */
export async function startSearchPage(root: HTMLElement): Promise<void> {
	const form = document.querySelector<HTMLFormElement>('form[role="search"]');
	const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
	if (!form || !input) return;
	const status = element<HTMLElement>(root, '[data-aa-status]');
	const suggestionsBox = element<HTMLElement>(root, '[data-aa-suggestions]');
	const list = element<HTMLOListElement>(root, '[data-aa-results]');
	const more = element<HTMLButtonElement>(root, '[data-aa-more]');
	const lists = element<HTMLElement>(root, '[data-aa-lists]');
	const filterButton = element<HTMLButtonElement>(root, '[data-aa-filter-button]');
	const filterPanel = element<HTMLElement>(root, '[data-aa-filter-panel]');
	const sortSelect = element<HTMLSelectElement>(root, '[data-aa-sort]');

	const pagefind = (await import(/* @vite-ignore */ `${BASE}pagefind.js`)) as Pagefind;
	await pagefind.options({ ...PAGEFIND_OPTIONS });
	root.removeAttribute('data-aa-loading');

	const active: Record<string, Set<string>> = {};
	let allFilters: Record<string, Record<string, number>> | undefined;
	let suggester: Promise<Suggester | undefined> | undefined;
	let query = '';
	let prepared: PreparedQuery = prepareQuery('');
	let results: PagefindResult[] = [];
	let shownCount = 0;
	let suggestions: Suggestion[] = [];
	let searchId = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;

	const activeCount = () => Object.values(active).reduce((n, values) => n + values.size, 0);
	const filterOption = () => Object.fromEntries(Object.entries(active).filter(([, v]) => v.size > 0).map(([k, v]) => [k, { any: [...v] }]));
	const searchOptions = () => ({ filters: filterOption(), ...(sortSelect.value === 'datum' ? { sort: { [SORT_KEY]: 'desc' } } : {}) });

	const loadSuggester = () =>
		(suggester ??= fetch(`${BASE}${SUGGESTION_FILE}`)
			.then((r) => (r.ok ? (r.json() as Promise<SuggestionData>) : undefined))
			.then((data) => (data ? createSuggester(data) : undefined))
			.catch(() => undefined));

	async function show(result: PagefindResult): Promise<Shown> {
		const data = await result.data();
		const excerpt = cleanExcerpt(data.excerpt ?? '');
		return { title: cleanText(data.meta.title ?? data.url), url: highlightUrl(data.url, firstMarkedWord(excerpt)), details: resultDetails(data.meta), excerpt };
	}

	function render(item: Shown): HTMLLIElement {
		const li = document.createElement('li');
		li.className = 'aa-result';
		const heading = document.createElement('h3');
		heading.className = 'aa-result__title';
		const link = document.createElement('a');
		link.className = 'utrecht-link';
		link.href = item.url;
		link.textContent = item.title;
		heading.append(link);
		li.append(heading, text('p', 'aa-result__details', item.details));
		const excerpt = document.createElement('p');
		excerpt.className = 'aa-result__excerpt';
		// Pagefind's excerpt is escaped text with <mark> around the found words; cleanExcerpt keeps it so.
		excerpt.innerHTML = item.excerpt;
		li.append(excerpt);
		return li;
	}

	/** The next page of results, loaded and drawn but not yet in the page. */
	async function nextPage(): Promise<HTMLLIElement[]> {
		const next = results.slice(shownCount, shownCount + PAGE_SIZE);
		const items = await Promise.all(next.map(show));
		const ordered = shownCount === 0 && sortSelect.value !== 'datum' ? exactTitlesFirst(items, query) : items;
		return ordered.map(render);
	}

	function append(items: HTMLLIElement[]): void {
		list.append(...items);
		shownCount += items.length;
		more.hidden = shownCount >= results.length;
	}

	async function showMore(): Promise<void> {
		append(await nextPage());
	}

	function renderSuggestions(): void {
		suggestionsBox.replaceChildren(
			...suggestions.map((s) => {
				const p = document.createElement('p');
				p.className = 'aa-suggestion';
				const link = document.createElement('a');
				link.className = 'utrecht-link';
				link.href = `?q=${encodeURIComponent(s.query)}`;
				link.textContent = s.query;
				link.dataset.aaSuggestion = s.query;
				p.append(`${suggestionLead(s)} `, link, s.reason === 'everyday' ? '' : '?');
				return p;
			}),
		);
	}

	/** Other queries worth offering (present.ts decides which), best first. */
	async function usefulSuggestions(found: number): Promise<Suggestion[]> {
		const s = await loadSuggester();
		if (!s) return [];
		const useful: Suggestion[] = [];
		// The whole query, stop words too: "zelf redzaamheid" is one word the archive writes as one.
		for (const candidate of s.suggest(query)) {
			const sent = prepareQuery(candidate.query).sent;
			if (!sent) continue;
			const other = await pagefind.search(sent, searchOptions());
			if (worthShowing(candidate, found, other.results.length)) useful.push(candidate);
		}
		return useful.slice(0, 2);
	}

	async function updateFilters(counts: Record<string, Record<string, number>>): Promise<void> {
		filterButton.textContent = filterButtonLabel(activeCount());
		if (filterPanel.hidden || !allFilters) return;
		const groups = Object.keys(allFilters).sort((a, b) => FILTER_ORDER.indexOf(a) - FILTER_ORDER.indexOf(b));
		const focused = document.activeElement?.id;
		filterPanel.replaceChildren(
			...groups.map((name, g) => {
				const fieldset = document.createElement('fieldset');
				fieldset.className = 'aa-filters__group';
				fieldset.append(text('legend', 'aa-filters__legend', name));
				const values = Object.keys(allFilters![name]!).sort((a, b) => (/^\d{4}$/.test(a) && /^\d{4}$/.test(b) ? b.localeCompare(a) : a.localeCompare(b, 'nl')));
				values.forEach((value, v) => {
					const id = `filter-${g}-${v}`;
					const box = document.createElement('input');
					box.type = 'checkbox';
					box.id = id;
					box.value = value;
					box.checked = active[name]?.has(value) ?? false;
					box.addEventListener('change', () => {
						(active[name] ??= new Set());
						if (box.checked) active[name].add(value);
						else active[name].delete(value);
						void run(false);
					});
					const label = document.createElement('label');
					label.htmlFor = id;
					label.textContent = `${value} (${counts[name]?.[value] ?? 0})`;
					const row = document.createElement('div');
					row.className = 'aa-filters__option';
					row.append(box, label);
					fieldset.append(row);
				});
				return fieldset;
			}),
		);
		// Redrawing the counts must not take the keyboard focus away from the box just ticked.
		if (focused?.startsWith('filter-')) document.getElementById(focused)?.focus();
	}

	/** Runs the query in the box; `updateUrl` puts it in the address (?q=) too. */
	async function run(updateUrl: boolean): Promise<void> {
		const id = ++searchId;
		prepared = prepareQuery(input!.value);
		query = prepared.query;
		if (updateUrl) {
			const url = new URL(window.location.href);
			if (query) url.searchParams.set('q', query);
			else url.searchParams.delete('q');
			history.replaceState(null, '', url);
		}
		if (!query && activeCount() === 0) {
			list.replaceChildren();
			suggestionsBox.replaceChildren();
			status.textContent = 'Typ een woord in het zoekveld bovenaan de pagina.';
			more.hidden = true;
			lists.hidden = false;
			filterButton.textContent = filterButtonLabel(0);
			return;
		}
		root.setAttribute('aria-busy', 'true');
		try {
			await answer(id);
		} catch {
			if (id !== searchId) return;
			// Say so, and leave the way on: the lists.
			status.textContent = 'Zoeken lukt nu niet. Probeer het opnieuw, of kies hieronder een lijst.';
			suggestionsBox.replaceChildren();
			list.replaceChildren();
			lists.hidden = false;
			root.setAttribute('aria-busy', 'false');
		}
	}

	/** A query of stop words only: explained, with the lists, and nothing fetched. */
	function answerStopWordsOnly(): void {
		results = [];
		suggestions = [];
		shownCount = 0;
		status.textContent = onlyStopWordsText(prepared.leftOut);
		suggestionsBox.replaceChildren();
		list.replaceChildren();
		more.hidden = true;
		lists.hidden = false;
		filterButton.textContent = filterButtonLabel(activeCount());
		root.setAttribute('aria-busy', 'false');
	}

	/** Searches, then draws results, status and suggestions, unless a newer search started. */
	async function answer(id: number): Promise<void> {
		if (prepared.onlyStopWords) return answerStopWordsOnly();
		// No words but a filter: Pagefind lists what the filter holds (a null term).
		const search = await pagefind.search(prepared.sent || (null as unknown as string), searchOptions());
		if (id !== searchId) return;
		results = search.results;
		const found = results.length;
		suggestions = wantsSuggestions(found, query) ? await usefulSuggestions(found) : [];
		if (id !== searchId) return;
		shownCount = 0;
		const items = await nextPage();
		if (id !== searchId) return;
		// Everything at once, status first, so nothing already drawn moves.
		status.textContent = [statusText(found, prepared.sent || query), leftOutText(prepared.leftOut)].filter(Boolean).join(' ');
		renderSuggestions();
		list.replaceChildren();
		append(items);
		lists.hidden = found >= FEW_RESULTS;
		root.setAttribute('aria-busy', 'false');
		await updateFilters(search.totalFilters ?? search.filters ?? {});
	}

	const schedule = () => {
		clearTimeout(timer);
		timer = setTimeout(() => void run(true), DEBOUNCE_MS);
	};

	input.value = new URLSearchParams(window.location.search).get('q')?.trim() ?? '';
	input.addEventListener('input', schedule);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(timer);
		// Enter with nothing found and a suggestion shown: take the suggestion.
		if (results.length === 0 && suggestions.length > 0 && normalizeQuery(input.value) === query) {
			input.value = suggestions[0]!.query;
		}
		void run(true);
	});
	suggestionsBox.addEventListener('click', (event) => {
		const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-aa-suggestion]');
		if (!link) return;
		event.preventDefault();
		input.value = link.dataset.aaSuggestion!;
		void run(true);
	});
	more.addEventListener('click', async () => {
		const first = shownCount;
		await showMore();
		// Keyboard users go on at the first new result rather than at the bottom of the list.
		list.children[first]?.querySelector('a')?.focus();
	});
	sortSelect.addEventListener('change', () => void run(false));
	filterButton.addEventListener('click', async () => {
		const open = filterButton.getAttribute('aria-expanded') !== 'true';
		filterButton.setAttribute('aria-expanded', String(open));
		filterPanel.hidden = !open;
		if (open) {
			allFilters ??= await pagefind.filters();
			await run(false);
		}
	});
	await run(false);
}

/** The filter groups in the order readers look for them. */
const FILTER_ORDER: string[] = Object.values(FILTERS);
