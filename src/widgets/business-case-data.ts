// The data BusinessCase.astro embeds for <business-case>: the currency, every field's default, the
// low/expected/high factors and the team shapes to pick from. Built on the server from
// content/business-case/defaults.yaml and content/team-shapes/, checked in the browser.
import { CASE_FIELDS, CHANNEL_CLASS_ORDER, VOLUME_FIELDS, volumeId } from '../lib/business-case.ts';
import { checkInputs, type CaseSetup } from '../lib/business-case-view.ts';
import type { BusinessCaseDefaults } from '../schemas/business-case.ts';
import type { TeamShape } from '../schemas/team-shape.ts';
import { hasFields } from './widget-data.ts';

export type BusinessCaseData = CaseSetup;

export function businessCaseData(defaults: BusinessCaseDefaults, shapes: Pick<TeamShape, 'size' | 'name'>[]): BusinessCaseData {
  const teamShapes = [...shapes].sort((a, b) => a.size - b.size).map(({ size, name }) => ({ size, name }));
  if (!teamShapes.some((s) => s.size === defaults['team-size'].value))
    throw new Error(
      `content/business-case/defaults.yaml: team-size.value: no team shape has ${defaults['team-size'].value} people (content/team-shapes/ has ${teamShapes.map((s) => s.size).join(', ')})`,
    );
  const data: BusinessCaseData = {
    currency: defaults.currency,
    defaults: Object.fromEntries([
      ...CHANNEL_CLASS_ORDER.flatMap((c) => VOLUME_FIELDS.map((f) => [volumeId(c, f), defaults.classes[c][f].value])),
      ...CASE_FIELDS.map((f) => [f, defaults[f].value]),
    ]),
    scenarios: defaults.scenarios.map(({ id, label, factor }) => ({ id, label, factor })),
    teamShapes,
  };
  const errors = Object.entries(checkInputs(data.defaults, data));
  if (errors.length) throw new Error(`content/business-case/defaults.yaml: ${errors.map(([id, e]) => `${id}: ${e}`).join('; ')}`);
  return data;
}

export const isBusinessCaseData = hasFields<BusinessCaseData>({
  currency: 'string',
  defaults: 'object',
  scenarios: 'array',
  teamShapes: 'array',
});
