/**
 * The "what changed" log: `content/changes.yaml`, one entry per dated change in the field (a
 * vendor withdraws tuning, a model shuts down) or in this site's advice. /changes/ lists them
 * newest first, /changes.xml is their feed, and the guide pages an entry affects link to it.
 */
import { z } from 'astro/zod';
import { date, guideRef, sourceIds } from './common';

export const changeSchema = z.object({
  /** When it happened (or was announced): the date the log is sorted by. */
  date,
  /**
   * How precise `date` is: `day`, or `month` when the source gives only a month (then the day
   * is ignored and the page shows "May 2025").
   */
  precision: z.enum(['day', 'month']).default('day'),
  /** `field`: vendors and models; `site`: this guide's own advice. */
  kind: z.enum(['field', 'site']),
  /** The change in a few words: the heading and the feed item's title. */
  title: z.string().min(10).max(110),
  /** What changed, in one to three sentences. `{fact:id}` fills in a dated fact. */
  what: z.string().min(20),
  /** What it means for someone choosing between the approaches. `{fact:id}` as above. */
  meaning: z.string().min(20),
  /** Sources for the change. */
  sources: sourceIds,
  /** Guide pages (or sections) whose advice the change affects; they link back to it. */
  guide: z.array(guideRef).default([]),
});

export type ChangeData = z.infer<typeof changeSchema>;
