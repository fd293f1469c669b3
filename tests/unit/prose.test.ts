import { describe, expect, it } from 'vitest';
import { mdxProse, opening, sentences, yamlProse } from '../../src/lib/prose.ts';

describe('prose helpers', () => {
  it('reads the prose of MDX, leaving out headings, tables, code and components', () => {
    const body = [
      'import X from "y";',
      '## Heading {#h}',
      'One [linked](/a/) **bold** line.',
      '| a | b |',
      '<X />',
      '```',
      'code.',
      '```',
      '- A list item.',
    ].join('\n');
    expect(mdxProse(body)).toEqual(['One linked bold line.', 'A list item.']);
  });

  it('reads every string of YAML data except ids', () => {
    expect(yamlProse({ id: 'meet-search-discovery', detail: ['Talk to **search**.'], n: 3 })).toEqual(['Talk to search.']);
  });

  it('splits sentences and compares their openings without case or punctuation', () => {
    expect(sentences('First one here. Second one, 2 items! Third?')).toEqual(['First one here.', 'Second one, 2 items!', 'Third?']);
    expect(opening('The Owner, of search: decides weekly.')).toBe('the owner of search decides');
    expect(opening('Too short.')).toBeUndefined();
  });
});
