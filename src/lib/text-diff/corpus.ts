/**
 * Deterministic Dutch-looking documents for measuring the text diff: an old version and a new
 * version with edited words, a renamed, a moved, an added and a removed section.
 */

const WORDS = (
	'de het een gemeente werkbedrijf inwoners werk participatie coaching budget lokale keuzes jaar afspraken ' +
	'dienstverlening kwaliteit rapportage college raad advies burgeradviesraad jongeren opleiding begeleiding ' +
	'uitkering werkgevers werknemers taal schulden vervoer evaluatie monitoring overeenkomst artikel bijdrage ' +
	'en van voor met naar over door bij in op aan om te dat die zijn wordt worden heeft hebben kan moet'
).split(' ');

/** A small linear congruential generator, so every run produces the same text. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

export interface CorpusPair {
	old: string;
	new: string;
	oldWords: number;
	newWords: number;
}

/** Two versions of about `words` words each, in sections of about `sectionWords` words. */
export function generateVersions(words = 20_000, sectionWords = 160, seed = 2026): CorpusPair {
	const next = random(seed);
	const pick = () => WORDS[Math.floor(next() * WORDS.length)]!;
	const sectionCount = Math.round(words / sectionWords);
	if (sectionCount < 41) throw new RangeError('The corpus needs at least 41 sections; use fewer words per section');
	const sections: { heading: string; words: string[] }[] = [];
	for (let s = 0; s < sectionCount; s++) {
		const body: string[] = [];
		for (let w = 0; w < sectionWords - 3; w++) body.push(pick() + (next() < 0.08 ? '.' : ''));
		sections.push({ heading: `Artikel ${s + 1} ${pick()}`, words: body });
	}
	const render = (list: typeof sections) => list.map((s) => `## ${s.heading}\n\n${s.words.join(' ')}\n`).join('\n');
	const old = render(sections);
	// New version: 3% of words replaced, some inserted or deleted, one section renamed, one moved,
	// one removed and one added.
	const changed = sections.map((s) => {
		const body: string[] = [];
		for (const word of s.words) {
			const r = next();
			if (r < 0.01) continue;
			body.push(r < 0.03 ? pick() : word);
			if (r > 0.98) body.push(pick());
		}
		return { heading: s.heading, words: body };
	});
	changed[5]!.heading = `${changed[5]!.heading} en meer`;
	const [moved] = changed.splice(10, 1);
	changed.splice(40, 0, moved!);
	const [removed] = changed.splice(20, 1);
	changed.push({ heading: 'Artikel nieuw', words: removed!.words.map(() => pick()) });
	const newText = render(changed);
	const count = (text: string) => text.split(/\s+/).filter((w) => w !== '' && w !== '##').length;
	return { old, new: newText, oldWords: count(old), newWords: count(newText) };
}
