/**
 * The scorecard's history as a trend: every saved snapshot, oldest first, as rows of a table (date ×
 * role level) and one sparkline per role; and what a downloaded copy of the radar needs. Pure; the
 * element that draws them is loaded on first use (src/widgets/ownership-scorecard-tools.ts).
 */
import { MATURITY_MAX } from '../site/vocabulary.ts';
import type { Snapshot } from './scorecard.ts';
import type { ScorecardSetup } from './scorecard-view.ts';

/** A sparkline's box in SVG units (drawn at one unit per CSS pixel); `pad` keeps the dots inside. */
export const SPARKLINE = { width: 96, height: 28, pad: 4 };

interface TrendRole {
  id: string;
  name: string;
  /** The level at each snapshot, oldest first; null where it was not answered. */
  levels: (number | null)[];
  /** Each answered snapshot as a point [x, y] of the sparkline. */
  points: [number, number][];
  /** The sparkline: an SVG path through the points, broken where a snapshot has no level. */
  path: string;
  /** The trend in words, the sparkline's text alternative. */
  summary: string;
}

export interface TrendView {
  /** The snapshots' dates, oldest first, as the table shows them. */
  dates: string[];
  roles: TrendRole[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Where each level sits in a sparkline of `count` snapshots: spread evenly, level 0 at the bottom. */
export function sparklinePoints(levels: readonly (number | null)[], box = SPARKLINE): ([number, number] | null)[] {
  const inner = { w: box.width - 2 * box.pad, h: box.height - 2 * box.pad };
  return levels.map((level, i) =>
    level === null
      ? null
      : [
          round(box.pad + (levels.length === 1 ? inner.w / 2 : (inner.w * i) / (levels.length - 1))),
          round(box.pad + inner.h * (1 - Math.max(0, Math.min(MATURITY_MAX, level)) / MATURITY_MAX)),
        ],
  );
}

/** An SVG path through the points; a gap (null) starts a new segment, so no line bridges it. */
export function sparklinePath(points: readonly ([number, number] | null)[]): string {
  let path = '';
  let drawing = false;
  for (const p of points) {
    if (!p) drawing = false;
    else {
      path += `${drawing ? 'L' : 'M'}${p[0]} ${p[1]}`;
      drawing = true;
    }
  }
  return path;
}

function describe(name: string, levels: readonly (number | null)[]): string {
  const known = levels.filter((l): l is number => l !== null);
  const [first, last] = [known[0], known.at(-1)];
  if (first === undefined || last === undefined) return `${name}: not answered in any snapshot`;
  const list = levels.map((l) => l ?? 'not answered').join(', ');
  const change = first === last ? `unchanged at ${last}` : `${last > first ? 'up' : 'down'} from ${first} to ${last}`;
  return `${name}: ${change} (${list})`;
}

/** Every snapshot as a trend per role, in the roles' display order. */
export function trendView(
  setup: Pick<ScorecardSetup, 'roles'>,
  history: readonly Snapshot[],
  formatDate: (iso: string) => string = (iso) => new Date(iso).toLocaleDateString(),
): TrendView {
  return {
    dates: history.map((h) => formatDate(h.date)),
    roles: setup.roles.map((r) => {
      const levels = history.map((h) => h.scores[r.id]?.maturity ?? null);
      const placed = sparklinePoints(levels);
      return {
        id: r.id,
        name: r.shortName,
        levels,
        points: placed.filter((p): p is [number, number] => p !== null),
        path: sparklinePath(placed),
        summary: describe(r.name, levels),
      };
    }),
  };
}

// ---- radar downloads ----------------------------------------------------------------------------

/**
 * What the page's stylesheet gives the radar and a file on its own must carry itself: the theme's
 * colours are custom properties, which do not travel with the SVG, so each part gets the computed values.
 */
export const RADAR_PAINT = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'font-family', 'font-size', 'font-weight'] as const;

/** A style attribute with the computed value of each paint property that has one. */
export function paintStyle(computed: (property: (typeof RADAR_PAINT)[number]) => string): string {
  return RADAR_PAINT.flatMap((p) => {
    const value = computed(p).trim();
    return value ? [`${p}:${value}`] : [];
  }).join(';');
}

/** A PNG at `scale` times the SVG's size (2: sharp on a high-density screen and in a slide). */
export const pngSize = (width: number, height: number, scale = 2) => ({
  width: Math.round(width * scale),
  height: Math.round(height * scale),
});

/** The downloaded file's name, dated so that a workshop's files sort by day. */
export const radarFileName = (kind: 'svg' | 'png', date: Date) => `ownership-scorecard-radar-${date.toISOString().slice(0, 10)}.${kind}`;
