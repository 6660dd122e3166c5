/**
 * At a terminal the commands ask instead of needing flags: the erratum asks what changed and
 * why, the response asks per open point. Answers with a colon or a # are written safely.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { responseSchema } from '../../../schemas/response.ts';
import { addErratum } from './erratum.ts';
import { newResponse } from './response.ts';
import { fromYaml } from './yaml-text.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');

function copyOfContent(): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'aa-questions-'));
	cpSync(path.join(repoRoot, 'content'), dir, { recursive: true });
	return dir;
}

/** An `ask` that gives the answers in order and records the questions. */
function answering(...answers: string[]) {
	const questions: string[] = [];
	return { questions, ask: async (question: string) => (questions.push(question), answers.shift() ?? '') };
}

describe('questions at a terminal', () => {
	it('erratum: asks what changed and why, and writes the answers quoted', async () => {
		const dir = copyOfContent();
		const file = path.join(dir, 'dvo/2026-2027/ontwerp.mdx');
		writeFileSync(file, readFileSync(file, 'utf8').replace('amount: 24000', 'amount: 25000'));
		const { questions, ask } = answering('Bedrag 2027: € 25.000.', 'Typefout: #3 in de lijst.');
		const result = await addErratum({ contentDir: dir, document: '2026-2027/ontwerp', ask, today: new Date('2026-12-01T12:00:00Z') });
		expect(result.code, result.stderr).toBe(0);
		expect(questions.map((q) => q.split('?')[0])).toEqual(['Wat is er veranderd', 'Waarom']);
		const source = readFileSync(file, 'utf8');
		expect(source).toContain('    description: "Bedrag 2027: € 25.000."\n    reason: "Typefout: #3 in de lijst."');
		const data = fromYaml(source.split(/^---$/m)[1]!) as { errata: unknown[] };
		expect(data.errata).toEqual([{ date: '2026-12-01', description: 'Bedrag 2027: € 25.000.', reason: 'Typefout: #3 in de lijst.' }]);
	});

	it('erratum: without a terminal and without flags it changes nothing and says what to give', async () => {
		const dir = copyOfContent();
		const file = path.join(dir, 'dvo/2026-2027/ontwerp.mdx');
		const changed = readFileSync(file, 'utf8').replace('amount: 24000', 'amount: 25000');
		writeFileSync(file, changed);
		const result = await addErratum({ contentDir: dir, document: '2026-2027/ontwerp' });
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('noem wat er veranderd is (--beschrijving)');
		expect(readFileSync(file, 'utf8')).toBe(changed);
	});

	it('reactie: asks per open point, skips a point on Enter, and writes a valid response', async () => {
		const dir = copyOfContent();
		// Point 1: overgenomen; point 2: skipped; point 3: a status by name; the rest skipped.
		const { questions, ask } = answering('2', 'Het college past de tekst aan: zie pagina 13.', '', 'beantwoord', 'Dat is zo.');
		const result = await newResponse({ contentDir: dir, advice: '2025-dvo-2026-2027', date: '2025-12-02', ask });
		expect(result.code, result.stderr).toBe(0);
		expect(questions[0]).toContain('Punt 1 van 7 (taal-zorgjongeren)');
		expect(questions[0]).toContain('1 = beantwoord, 2 = overgenomen, 3 = deels-overgenomen, 4 = niet-overgenomen');
		const written = readFileSync(path.join(dir, 'reacties/2025-dvo-2026-2027.yaml'), 'utf8');
		const data = responseSchema.parse(fromYaml(written));
		expect(data.points.map((p) => [p.point, p.status, p.response])).toEqual([
			['taal-zorgjongeren', 'overgenomen', 'Het college past de tekst aan: zie pagina 13.'],
			['lokale-binding-kwaliteitsborging', 'beantwoord', 'Dat is zo.'],
		]);
		expect(written).toContain('# Punten zonder reactie in deze brief (die blijven open):\n#   taal-zelfredzaamheid:');
		expect(data.source.title).toBe('Brief van het college van 2 december 2025');
	});
});
