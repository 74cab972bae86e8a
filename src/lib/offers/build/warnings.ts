/**
 * What the build warns about offers (never an error: a build must not break because the
 * calendar moved): offers whose status changed since they were checked, because a deadline
 * passed, and offers whose prices were checked more than 45 days ago. Pure: the caller passes the
 * day and prints the text.
 */
import { formatStale, staleChecks } from '../../guide/build/staleness';
import { STATUS_LABELS, statusChanges, type StatusDates } from '../status';

/** Offer prices move faster than facts (120 days): warn after this many days. */
export const OFFER_STALE_AFTER_DAYS = 45;

export interface CheckedOffer {
  id: string;
  dates: StatusDates;
  checked: Date;
}

/** The warnings, one block per kind, or none. */
export function offerWarnings(offers: readonly CheckedOffer[], today: Date): string[] {
  const warnings: string[] = [];
  const changes = statusChanges(offers, today);
  if (changes.length > 0)
    warnings.push(
      `${changes.length} offer${changes.length === 1 ? '' : 's'} changed status since last checked, as their dates passed; check them against their sources:\n${changes
        .map(
          (c) =>
            `  content/offers/${c.offer.id}.yaml: ${STATUS_LABELS[c.was]} → ${STATUS_LABELS[c.now]}`,
        )
        .join('\n')}`,
    );
  const stale = formatStale(
    staleChecks(
      offers.map((o) => ({
        kind: 'offer prices',
        id: o.id,
        file: `content/offers/${o.id}.yaml`,
        checked: o.checked,
      })),
      today,
      OFFER_STALE_AFTER_DAYS,
    ),
    OFFER_STALE_AFTER_DAYS,
  );
  if (stale) warnings.push(stale);
  return warnings;
}
