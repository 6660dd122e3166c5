/** Small advice and response documents for the follow-up unit tests (not content). */
import { adviceSchema, type AdviceData } from '../../schemas/advice.ts';
import { responseSchema, type ResponseData } from '../../schemas/response.ts';

export function advice(id: string, fields: Record<string, unknown>): { id: string; displayPath: string; data: AdviceData } {
	return {
		id,
		displayPath: `adviezen/${id}.mdx`,
		data: adviceSchema.parse({
			title: `Advies ${id}`,
			year: 2023,
			council: 'Raad',
			addressee: 'College',
			dvo: '2024/ontwerp',
			verdict: 'positief',
			verdictSummary: 'Positief.',
			...fields,
		}),
	};
}

export function response(id: string, fields: Record<string, unknown>): { id: string; data: ResponseData } {
	return { id, data: responseSchema.parse({ source: { title: `Brief ${id}` }, ...fields }) };
}
