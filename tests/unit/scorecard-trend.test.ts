// The scorecard history as a trend per role, and what the radar's downloads need.
import { describe, expect, it } from 'vitest';
import {
  RADAR_PAINT,
  SPARKLINE,
  paintStyle,
  pngSize,
  radarFileName,
  sparklinePath,
  sparklinePoints,
  trendView,
} from '../../src/lib/scorecard-trend.ts';
import type { Snapshot } from '../../src/lib/scorecard.ts';
import { MATURITY_MAX } from '../../src/site/vocabulary.ts';

const setup = {
  roles: [
    { id: 'alpha', name: 'Alpha capability', shortName: 'Alpha', levels: [], statements: [], href: '/a/' },
    { id: 'beta', name: 'Beta capability', shortName: 'Beta', levels: [], statements: [], href: '/b/' },
  ],
};
const snap = (date: string, alpha: number | null, beta?: number | null): Snapshot => ({
  date,
  scores: {
    alpha: { owner: 'none', maturity: alpha },
    ...(beta === undefined ? {} : { beta: { owner: 'vendor', maturity: beta } }),
  },
});
const { width, height, pad } = SPARKLINE;

describe('sparkline geometry', () => {
  it('spreads snapshots from the left edge to the right, level 0 at the bottom and the top level at the top', () => {
    const points = sparklinePoints([0, MATURITY_MAX, 2]);
    expect(points[0]).toEqual([pad, height - pad]);
    expect(points[1]).toEqual([width / 2, pad]);
    expect(points[2]![0]).toBe(width - pad);
    expect(points[2]![1]).toBeCloseTo(height - pad - ((height - 2 * pad) * 2) / MATURITY_MAX, 1);
  });

  it('centres a single snapshot and leaves a gap where a level is missing', () => {
    expect(sparklinePoints([3])[0]![0]).toBe(width / 2);
    const points = sparklinePoints([1, null, 3, 4]);
    expect(points[1]).toBeNull();
    const path = sparklinePath(points);
    // Two segments: the first point alone, then a line from the third to the fourth.
    expect(path.match(/M/g)).toHaveLength(2);
    expect(path.match(/L/g)).toHaveLength(1);
    expect(sparklinePath([null, null])).toBe('');
  });
});

describe('trend view', () => {
  const history = [snap('2026-01-05T09:00:00.000Z', 1, 4), snap('2026-02-05T09:00:00.000Z', 2), snap('2026-03-05T09:00:00.000Z', 4, 3)];
  const view = trendView(setup, history, (iso) => iso.slice(0, 10));

  it('has one row per snapshot, oldest first, and one trend per role in display order', () => {
    expect(view.dates).toEqual(['2026-01-05', '2026-02-05', '2026-03-05']);
    expect(view.roles.map((r) => r.id)).toEqual(['alpha', 'beta']);
    expect(view.roles[0]!.levels).toEqual([1, 2, 4]);
    // A role missing from a snapshot (not yet on the site then) is unanswered there.
    expect(view.roles[1]!.levels).toEqual([4, null, 3]);
    expect(view.roles[1]!.points).toHaveLength(2);
  });

  it('says the trend in words, as the sparkline’s text alternative', () => {
    expect(view.roles[0]!.summary).toBe('Alpha capability: up from 1 to 4 (1, 2, 4)');
    expect(view.roles[1]!.summary).toBe('Beta capability: down from 4 to 3 (4, not answered, 3)');
    expect(trendView(setup, [snap('2026-01-01T00:00:00.000Z', 3, 3), snap('2026-01-02T00:00:00.000Z', 3, null)]).roles[0]!.summary).toBe(
      'Alpha capability: unchanged at 3 (3, 3)',
    );
    expect(trendView(setup, [snap('2026-01-01T00:00:00.000Z', null)]).roles[1]!.summary).toBe(
      'Beta capability: not answered in any snapshot',
    );
  });

  it('is empty without snapshots', () => {
    const empty = trendView(setup, []);
    expect(empty.dates).toEqual([]);
    expect(empty.roles.every((r) => r.path === '' && r.points.length === 0)).toBe(true);
  });
});

describe('radar downloads', () => {
  it('writes each computed paint value that has one into a style attribute', () => {
    const computed: Record<string, string> = { fill: 'rgb(1, 2, 3)', stroke: ' rgb(4, 5, 6) ', 'font-size': '15px' };
    expect(paintStyle((p) => computed[p] ?? '')).toBe('fill:rgb(1, 2, 3);stroke:rgb(4, 5, 6);font-size:15px');
    expect(RADAR_PAINT).toContain('fill-opacity');
  });

  it('draws the PNG at twice the size and dates the file names', () => {
    expect(pngSize(300, 264)).toEqual({ width: 600, height: 528 });
    expect(radarFileName('png', new Date('2026-12-02T10:00:00Z'))).toBe('ownership-scorecard-radar-2026-12-02.png');
    expect(radarFileName('svg', new Date('2026-12-02T10:00:00Z'))).toMatch(/\.svg$/);
  });
});
