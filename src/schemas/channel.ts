import { z } from 'astro/zod';
import { kebabId, line, prose } from './common.ts';

/** The class of an order channel: how much of the order the customer's own systems or people key. */
export const CHANNEL_CLASSES = ['automated', 'self-service', 'assisted', 'manual'] as const;

/**
 * An order channel, defined once (content/channels/<id>.yaml): every metric that counts orders names
 * its numerator and denominator channels by id, and glossary entries and interview questions use
 * the same classes.
 */
export const channelSchema = z
  .object({
    /** Permanent kebab-case id; equals the file name and the `#anchor` on the channels section. */
    id: kebabId,
    /** Display name, e.g. "EDI". */
    name: line(60),
    /** Position in lists (1 = first). */
    order: z.number().int().min(1),
    /** automated, self-service, assisted or manual. */
    class: z.enum(CHANNEL_CLASSES),
    /** Whether orders in this channel count as digital (placed by the customer's systems or the customer online). */
    digital: z.boolean(),
    /** What counts as an order in this channel. */
    counts: prose(30, 600),
    /** How an order is attributed to this channel in the ERP: order source, customer PO, echoed cookies. */
    attribution: prose(30, 900),
    /** The usual ways orders are attributed to the wrong channel. */
    attributionErrors: z.array(prose(15, 400)).min(1),
  })
  .strict();

export type Channel = z.output<typeof channelSchema>;
