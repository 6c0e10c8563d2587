import { describe, expect, test } from 'vitest';
import { observations } from './data';
import { attachSourceDetails, splitSourceDetails } from './sourceDetails';

describe('the sources’ words, split off and put back', () => {
	test('the slim data has no titles, addresses or notes, and keeps everything else', () => {
		const { slim } = splitSourceDetails(observations);
		const figures = Object.values(slim.series).flatMap((s) => s.observations);
		expect(figures.length).toBeGreaterThan(100);
		for (const o of figures) {
			expect(o.source).not.toHaveProperty('title');
			expect(o.source).not.toHaveProperty('url');
			expect(o).not.toHaveProperty('note');
			expect(o.source.kind).toBeTruthy();
		}
		const original = Object.values(observations.series).flatMap((s) => s.observations);
		expect(figures.map((o) => [o.year, o.value, o.source.publisher, o.source.date])).toEqual(
			original.map((o) => [o.year, o.value, o.source.publisher, o.source.date])
		);
		// The seed data itself is untouched.
		expect(original.every((o) => typeof o.source.title === 'string')).toBe(true);
	});

	test('putting the words back gives the seed data exactly', () => {
		const { slim, details } = splitSourceDetails(observations);
		expect(slim).not.toEqual(observations);
		attachSourceDetails(slim, details);
		expect(slim).toEqual(observations);
	});

	test('the words travel as JSON, the way the build hands them over', () => {
		const { slim, details } = splitSourceDetails(observations);
		const copy = JSON.parse(JSON.stringify(slim));
		attachSourceDetails(copy, JSON.parse(JSON.stringify(details)));
		expect(copy).toEqual(JSON.parse(JSON.stringify(observations)));
	});
});
