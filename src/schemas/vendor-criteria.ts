import { z } from 'astro/zod';
import { kebabId, line, prose } from './common.ts';
import { PROOF_KIND_IDS } from '../site/vocabulary.ts';

/** What the weights of one category add up to, so a weighted total reads as points out of 100. */
export const CATEGORY_WEIGHT_TOTAL = 100;

/** One criterion a vendor of this category is scored on (/guides/vendor-selection/#criteria). */
export const vendorCriterionSchema = z
  .object({
    /** Kebab-case id, unique within the category. */
    id: kebabId,
    /** What is judged, e.g. "Contract prices from the ERP at catalog scale". */
    criterion: line(90),
    /** Share of the category's 100 points. */
    weight: z.number().int().min(1).max(40),
    /** What a strong answer looks like, in this company's terms. */
    good: prose(30, 420),
    /** Where the claim is proven: a scripted demo, a reference call, a hands-on trial or the contract. */
    provenBy: z.enum(PROOF_KIND_IDS),
    /** How to test it there: the script step, the question or the clause. */
    test: prose(30, 420),
  })
  .strict();

/** The weighted criteria for one kind of vendor (content/vendor-criteria/<id>.yaml). */
export const vendorCategorySchema = z
  .object({
    /** Permanent kebab-case id; equals the file name and the `#criteria-<id>` anchor. */
    id: kebabId,
    /** Position on the page and in the scoring sheet (1 = first). */
    order: z.number().int().min(1),
    /** What is being chosen, e.g. "Commerce platform". */
    name: line(60),
    /** What the category covers and when it is chosen, in a sentence or two. */
    scope: prose(30, 400),
    /** Five to twelve criteria whose weights add up to 100. */
    criteria: z.array(vendorCriterionSchema).min(5).max(12),
  })
  .strict()
  .superRefine((c, ctx) => {
    const sum = c.criteria.reduce((n, k) => n + k.weight, 0);
    if (sum !== CATEGORY_WEIGHT_TOTAL)
      ctx.addIssue({
        code: 'custom',
        path: ['criteria'],
        message: `weights must add up to ${CATEGORY_WEIGHT_TOTAL}; they add up to ${sum}`,
      });
    const seen = new Set<string>();
    c.criteria.forEach((k, i) => {
      if (seen.has(k.id))
        ctx.addIssue({ code: 'custom', path: ['criteria', i, 'id'], message: `"${k.id}" is used twice in this category` });
      seen.add(k.id);
    });
  });

export type VendorCategory = z.output<typeof vendorCategorySchema>;
export type VendorCriterion = z.output<typeof vendorCriterionSchema>;
