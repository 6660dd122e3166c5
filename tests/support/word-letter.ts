/**
 * A Word letter (.docx) as a council writes one, for the import tests: headings in heading
 * styles, three numbered recommendations, a bulleted list, a footnote, a table, and the things
 * the import cannot carry over as text (an image, a comment, a tracked change, a letterhead). Generated with
 * the `docx` package, so the test needs no binary fixture. Fictional content.
 */
import {
	AlignmentType,
	CommentRangeEnd,
	CommentRangeStart,
	CommentReference,
	DeletedTextRun,
	Document,
	FootnoteReferenceRun,
	Header,
	HeadingLevel,
	ImageRun,
	InsertedTextRun,
	LevelFormat,
	Packer,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
} from 'docx';

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** What the page must show of the letter, word for word, in this order. */
export const WORD_LETTER_TEXTS = [
	'Geacht college,',
	'De BAR adviseert positief over de ontwerp-DVO 2026-2027, met drie aanbevelingen.',
	'Aanbevelingen',
	'1. Maak afspraken over het restantbudget.',
	'2. Meet de kwaliteit van de participatiecoaching.',
	'3. Betrek de BAR bij de evaluatie.',
	'Wat goed gaat',
	'• de werkgeversbenadering',
	'• de lokale binding',
	'Budget',
	'Post',
	'Bedrag',
	'Participatiecoaching',
	'€ 81.000',
	'Zie de bijlage[1] voor de cijfers.',
	'Met vriendelijke groet,',
	'[1] De bijlage is de begroting 2026 van het WerkBedrijf.',
] as const;

/** The letter as .docx bytes. */
export async function wordLetter(): Promise<Buffer> {
	const document = new Document({
		numbering: {
			config: [{ reference: 'aanbevelingen', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }],
		},
		footnotes: { 1: { children: [new Paragraph('De bijlage is de begroting 2026 van het WerkBedrijf.')] } },
		comments: { children: [{ id: 0, author: 'Secretaris', date: new Date('2026-11-30T10:00:00Z'), children: [new Paragraph('Klopt dit bedrag?')] }] },
		sections: [
			{
				headers: { default: new Header({ children: [new Paragraph('Burgeradviesraad Heumen, Postbus 1, Malden')] }) },
				children: [
					new Paragraph('Geacht college,'),
					new Paragraph('De BAR adviseert positief over de ontwerp-DVO 2026-2027, met drie aanbevelingen.'),
					new Paragraph({ text: 'Aanbevelingen', heading: HeadingLevel.HEADING_1 }),
					new Paragraph({ text: 'Maak afspraken over het restantbudget.', numbering: { reference: 'aanbevelingen', level: 0 } }),
					new Paragraph({
						children: [
							new TextRun('Meet de kwaliteit van de '),
							new DeletedTextRun({ text: 'coaching', id: 1, author: 'Secretaris', date: '2026-11-30T10:00:00Z' }),
							new InsertedTextRun({ text: 'participatiecoaching', id: 2, author: 'Secretaris', date: '2026-11-30T10:00:00Z' }),
							new TextRun('.'),
						],
						numbering: { reference: 'aanbevelingen', level: 0 },
					}),
					new Paragraph({ text: 'Betrek de BAR bij de evaluatie.', numbering: { reference: 'aanbevelingen', level: 0 } }),
					new Paragraph({ text: 'Wat goed gaat', heading: HeadingLevel.HEADING_1 }),
					new Paragraph({ text: 'de werkgeversbenadering', bullet: { level: 0 } }),
					new Paragraph({ text: 'de lokale binding', bullet: { level: 0 } }),
					new Paragraph({ text: 'Budget', heading: HeadingLevel.HEADING_1 }),
					new Table({
						rows: [
							new TableRow({ children: [new TableCell({ children: [new Paragraph('Post')] }), new TableCell({ children: [new Paragraph('Bedrag')] })] }),
							new TableRow({
								children: [
									new TableCell({ children: [new Paragraph('Participatiecoaching')] }),
									new TableCell({ children: [new Paragraph({ children: [new CommentRangeStart(0), new TextRun('€ 81.000'), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })] })] }),
								],
							}),
						],
					}),
					new Paragraph({ children: [new TextRun('Zie de bijlage'), new FootnoteReferenceRun(1), new TextRun(' voor de cijfers.')] }),
					new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 40, height: 40 }, altText: { name: 'logo', title: 'Logo', description: 'Logo van de BAR' } })] }),
					new Paragraph('Met vriendelijke groet,'),
				],
			},
		],
	});
	return Packer.toBuffer(document);
}
