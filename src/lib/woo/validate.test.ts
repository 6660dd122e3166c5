/**
 * Our own check of the published files can fail: one failing fixture per kind of mistake,
 * each made from a valid file with one thing wrong.
 */
import { describe, expect, it } from 'vitest';
import { buildWooEntries } from './entries.ts';
import { buildWooFiles } from './sitemaps.ts';
import { smallArchive, wooSettings } from './test-fixtures.ts';
import { isXsDate, isXsDateTime, validateDiwooSitemap, validateSitemapIndex } from './validate.ts';

const settings = wooSettings();
const archive = smallArchive();
const { files } = buildWooFiles(buildWooEntries(settings, archive.advice, archive.dvo, archive.responses).entries, settings.publisher, settings.baseUrl);
const sitemap = files.get('sitemap-diwoo-infocat010-1.xml')!;
const index = files.get('sitemapindex-diwoo-infocat010.xml')!;

/** The sitemap with the first occurrence of `from` replaced. */
const broken = (from: string | RegExp, to: string) => {
	const result = sitemap.replace(from, to);
	if (result === sitemap) throw new Error(`fixture: ${String(from)} not found`);
	return result;
};

describe('the DiWoo sitemap check', () => {
	it('passes the files the site writes', () => {
		expect(validateDiwooSitemap(sitemap)).toEqual([]);
		expect(validateSitemapIndex('sitemapindex-diwoo-infocat010.xml', index)).toEqual([]);
	});

	it.each([
		['the DiWoo namespace is wrong', broken('xmlns:diwoo="https://standaarden.overheid.nl/diwoo/metadata/"', 'xmlns:diwoo="https://standaarden.overheid.nl/diwoo/"'), /precies één diwoo:Document/],
		['the sitemap namespace is missing', broken(' xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"', ''), /hoofdelement is niet urlset/],
		['the publisher is missing', broken(/<diwoo:publisher [^\n]*\n/, ''), /diwoo:publisher ontbreekt/],
		['the publisher is not a TOOI organisation', broken('tooi/id/gemeente/gm0252', 'tooi/id/gemeente/heumen'), /publisher heeft geen TOOI-organisatie/],
		['the official title is missing', broken(/<diwoo:officieleTitel>[^<]*<\/diwoo:officieleTitel>/, ''), /officieleTitel ontbreekt/],
		['the category is not from the list', broken('kern/c_99a836c7', 'kern/c_00000000'), /informatiecategorie heeft resource .* geen waarde uit de lijst/],
		['the category is missing', broken(/<diwoo:informatiecategorieen>[\s\S]*?<\/diwoo:informatiecategorieen>/, ''), /informatiecategorie ontbreekt/],
		['the document type is not from the list', broken('kern/c_d506b718', 'kern/c_advies'), /documentsoort heeft resource/],
		['the creation date is missing', broken(/<diwoo:creatiedatum>[^<]*<\/diwoo:creatiedatum>/, ''), /creatiedatum ontbreekt/],
		['the creation date is not an xs:date', broken(/<diwoo:creatiedatum>[^<]*</, '<diwoo:creatiedatum>19-09-2025<'), /creatiedatum "19-09-2025" is geen xs:date/],
		['the creation date does not exist', broken(/<diwoo:creatiedatum>[^<]*</, '<diwoo:creatiedatum>2025-02-30<'), /geen xs:date/],
		['the document actions are missing', broken(/<diwoo:documenthandelingen>[\s\S]*?<\/diwoo:documenthandelingen>/, ''), /documenthandeling ontbreekt/],
		['the action is not from the list', broken('kern/c_641ecd76', 'kern/c_publicatie'), /soortHandeling heeft resource/],
		['the action time is a date, not an xs:dateTime', broken(/<diwoo:atTime>([^<T]*)T[^<]*</, '<diwoo:atTime>$1<'), /atTime ".*" is geen xs:dateTime/],
		['the relation role is not from the list', broken('kern/c_75fac459', 'kern/c_anders'), /diwoo:role heeft resource/],
		['lastmod is missing', broken(/<lastmod>[^<]*<\/lastmod>/, ''), /lastmod ontbreekt/],
		['lastmod is not a date', broken(/<lastmod>[^<]*</, '<lastmod>gisteren<'), /lastmod "gisteren" is geen datum/],
		['loc is not a full address', broken(/<loc>https:\/\/raad\.example/, '<loc>'), /loc is geen volledig webadres/],
		['an element is not DiWoo', broken('<diwoo:creatiedatum>', '<diwoo:datum>2025-01-01</diwoo:datum><diwoo:creatiedatum>'), /onbekend element diwoo:datum/],
		['an element appears twice', broken(/(<diwoo:creatiedatum>[^<]*<\/diwoo:creatiedatum>)/, '$1$1'), /diwoo:creatiedatum staat er 2 keer/],
		['the XML is not well-formed', broken('</urlset>', '</urlsets>'), /geen geldige XML/],
	])('fails when %s', (_, xml, message) => {
		expect(validateDiwooSitemap(xml).join('\n')).toMatch(message);
	});

	it('fails when an address appears twice', () => {
		const url = /  <url>[\s\S]*?<\/url>\n/.exec(sitemap)![0];
		expect(validateDiwooSitemap(sitemap.replace('</urlset>', `${url}</urlset>`)).join('\n')).toMatch(/twee keer/);
	});

	it('fails on more than 50,000 addresses', () => {
		const url = (i: number) => `<url><loc>https://raad.example/${i}</loc><lastmod>2025-01-01</lastmod></url>`;
		const xml = `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${Array.from({ length: 50_001 }, (_, i) => url(i)).join('')}</urlset>`;
		expect(validateDiwooSitemap(xml)).toContain('50001 adressen; het maximum is 50000');
	});
});

describe('the sitemap index check', () => {
	it.each([
		['the file name does not follow the convention', 'sitemap-index-adviezen.xml', index, /volgt niet de vorm sitemapindex-diwoo-infocatNNN\.xml/],
		['the category number does not exist', 'sitemapindex-diwoo-infocat019.xml', index, /geen bekend nummer/],
		['the root is not a sitemap index', 'sitemapindex-diwoo-infocat010.xml', index.replace(/sitemapindex/g, 'urlset'), /hoofdelement is niet sitemapindex/],
		['it lists no sitemap', 'sitemapindex-diwoo-infocat010.xml', index.replace(/<sitemap>[\s\S]*<\/sitemap>\n/, ''), /noemt geen enkele sitemap/],
		['a loc is relative', 'sitemapindex-diwoo-infocat010.xml', index.replace('https://raad.example', ''), /geen volledig webadres/],
	])('fails when %s', (_, name, xml, message) => {
		expect(validateSitemapIndex(name, xml).join('\n')).toMatch(message);
	});
});

describe('XML Schema dates', () => {
	it('accepts real days and times only', () => {
		expect(['2025-09-19', '2024-02-29', '2025-09-19Z', '2025-09-19+02:00'].every(isXsDate)).toBe(true);
		expect(['2025-9-19', '2025-02-29', '19-09-2025', '2025-09-19T00:00:00'].some(isXsDate)).toBe(false);
		expect(['2025-09-19T00:00:00', '2025-09-19T23:59:59.5+01:00', '2025-09-19T10:00:00Z'].every(isXsDateTime)).toBe(true);
		expect(['2025-09-19', '2025-09-19T24:00:00', '2025-09-31T10:00:00', '2025-09-19 10:00:00'].some(isXsDateTime)).toBe(false);
	});
});
