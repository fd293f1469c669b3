import { z } from 'astro/zod';
import { line, prose } from './common.ts';
import { CHANNEL_CLASSES } from './channel.ts';
import { CASE_FIELDS, UNITS, UNIT_OF, VOLUME_FIELDS, volumeId, type Unit, type VolumeField } from '../lib/business-case.ts';

/** A figure someone published: who, what, when, where. */
export const publishedSourceSchema = z
  .object({
    /** The organisation that published it, e.g. "U.S. Bureau of Labor Statistics". */
    publisher: line(120),
    /** The publication's title, as it names itself. */
    title: line(240),
    /** The year it was published. */
    year: z.number().int().min(1990).max(2100),
    /** Where a reader can check it. */
    url: z.url({ protocol: /^https$/ }),
  })
  .strict();

/** This site's own suggestion, with the reasoning a reader can check and replace. */
export const suggestionSchema = z.object({ suggestion: prose(30, 600) }).strict();

/** Where a default comes from: a named public source, or a labelled suggestion. Never neither. */
export const defaultSourceSchema = z.union([publishedSourceSchema, suggestionSchema]);
export type DefaultSource = z.output<typeof defaultSourceSchema>;

/** A default in the unit its field is read in, within that unit's range (UNITS in src/lib/business-case.ts). */
const valueIn = (unit: Unit) =>
  z.number().refine((v) => v >= UNITS[unit].min && v <= UNITS[unit].max && (!UNITS[unit].whole || Number.isInteger(v)), {
    message: `must be ${UNITS[unit].whole ? 'a whole number ' : ''}from ${UNITS[unit].min} to ${UNITS[unit].max} (${unit})`,
  });

const figure = (unit: Unit) =>
  z
    .object({
      value: valueIn(unit),
      /** Must be the field's own unit; it says how the value reads, e.g. `money-per-line`. */
      unit: z.literal(unit),
      source: defaultSourceSchema,
      /** What the reader should know about the figure beyond its source. */
      note: line(300).optional(),
    })
    .strict();

const labelled = (unit: Unit) => figure(unit).extend({ label: line(100) });

/** A channel class's four figures: orders, lines, cost per line, inside-sales minutes per order. */
const volumesOf = (c: (typeof CHANNEL_CLASSES)[number]) =>
  z
    .object({
      /** The class's heading on the page, e.g. "Manual orders". */
      title: line(60),
      ...(Object.fromEntries(VOLUME_FIELDS.map((f) => [f, figure(UNIT_OF[volumeId(c, f)]!)])) as Record<
        VolumeField,
        ReturnType<typeof figure>
      >),
    })
    .strict();
const volumeLabels = Object.fromEntries(VOLUME_FIELDS.map((f) => [f, z.object({ label: line(60), hint: line(200) }).strict()])) as Record<
  VolumeField,
  z.ZodObject<{ label: ReturnType<typeof line>; hint: ReturnType<typeof line> }>
>;
const classFigures = Object.fromEntries(CHANNEL_CLASSES.map((c) => [c, volumesOf(c)])) as Record<
  (typeof CHANNEL_CLASSES)[number],
  ReturnType<typeof volumesOf>
>;
const caseFigures = Object.fromEntries(CASE_FIELDS.map((f) => [f, labelled(UNIT_OF[f]!)])) as Record<
  (typeof CASE_FIELDS)[number],
  ReturnType<typeof labelled>
>;

const scenarioSchema = <Id extends string>(id: Id) =>
  z.object({ id: z.literal(id), label: line(20), factor: z.number().min(0.1).max(3), source: defaultSourceSchema }).strict();

/**
 * The business case's defaults (content/business-case/defaults.yaml): every figure the reader can
 * replace, each with its unit and its source, and the low/expected/high factors on adoption.
 */
export const businessCaseSchema = z
  .object({
    /** Always "defaults": the file name. */
    id: z.literal('defaults'),
    /** ISO 4217 code money is shown in, e.g. "USD"; the published sources' currency. */
    currency: z.string().regex(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 code such as USD' }),
    /** The label and hint of each per-class field, the same for every class. */
    volumeFields: z.object(volumeLabels).strict(),
    /** The figures per channel class (the classes of content/channels/). */
    classes: z.object(classFigures).strict(),
    ...caseFigures,
    /** Low, expected and high, in that order; expected is the reader's own adoption (factor 1). */
    scenarios: z.tuple([scenarioSchema('low'), scenarioSchema('expected'), scenarioSchema('high')]),
  })
  .strict()
  .refine(
    (d) => d.scenarios[0].factor <= d.scenarios[1].factor && d.scenarios[1].factor <= d.scenarios[2].factor && d.scenarios[1].factor === 1,
    {
      message: 'factors must rise from low to high, with expected at 1',
      path: ['scenarios'],
    },
  );

export type BusinessCaseDefaults = z.output<typeof businessCaseSchema>;
