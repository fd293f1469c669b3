// The data the OwnershipScorecard component embeds for its element.
import type { OwnerId } from '../lib/scorecard.ts';

export interface ScorecardWidgetData {
  roles: {
    id: string;
    name: string;
    shortName: string;
    /** Level names 1-5 of this role's maturity scale. */
    levels: string[];
    /** Statement ids of the role's self-assessment, to tell whether it is complete. */
    statements: string[];
  }[];
  owners: { id: OwnerId; label: string; move: string; anchor: string }[];
  teamShapes: {
    size: number;
    name: string;
    fits: string;
    people: { title: string; roles: string[] }[];
    hireNext?: string;
  }[];
}
