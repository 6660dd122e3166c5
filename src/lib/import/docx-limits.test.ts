/** The unpacked-size limit of a .docx stops a zip bomb before anything is unpacked in full. */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { confinedOutFile } from './import-letter.ts';
import { assertDocxUnpackedSize } from './docx-limits.ts';

async function zipOf(text: string): Promise<Uint8Array> {
	const zip = new JSZip();
	zip.file('word/document.xml', text);
	return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Writes `size` as the stated uncompressed size in every local and central header: a lying zip. */
function understate(bytes: Uint8Array, size: number): Uint8Array {
	const out = new Uint8Array(bytes);
	const view = new DataView(out.buffer);
	for (let i = 0; i + 4 <= out.length; i++) {
		const signature = view.getUint32(i, true);
		if (signature === 0x04034b50) view.setUint32(i + 22, size, true);
		if (signature === 0x02014b50) view.setUint32(i + 24, size, true);
	}
	return out;
}

describe('assertDocxUnpackedSize', () => {
	it('accepts an ordinary document', async () => {
		await expect(assertDocxUnpackedSize(await zipOf('Geacht college, '.repeat(1000)))).resolves.toBeUndefined();
	});

	it('refuses a small file that states it unpacks to more than the limit, in Dutch', async () => {
		const bomb = await zipOf('a'.repeat(3 * 1024 * 1024));
		expect(bomb.length).toBeLessThan(50 * 1024);
		await expect(assertDocxUnpackedSize(bomb, 1024 * 1024)).rejects.toThrow('dit Word-bestand pakt uit tot 3 MB, meer dan de grens van 1 MB');
	});

	it('refuses a bomb whose headers lie about its size, without unpacking beyond the limit', async () => {
		const liar = understate(await zipOf('a'.repeat(3 * 1024 * 1024)), 10);
		await expect(assertDocxUnpackedSize(liar, 1024 * 1024)).rejects.toThrow('pakt uit tot meer dan 1 MB');
	});
});

describe('confinedOutFile', () => {
	it('allows a file inside the content folder and refuses one outside it', () => {
		expect(confinedOutFile('/repo/content/adviezen/x.mdx', '/repo/content')).toBe('/repo/content/adviezen/x.mdx');
		expect(() => confinedOutFile('/repo/src/pages/x.mdx', '/repo/content')).toThrow('--out moet een bestand in de inhoudsmap');
		expect(() => confinedOutFile('/repo/content/../src/pages/x.mdx', '/repo/content')).toThrow('ligt daarbuiten');
	});
});
