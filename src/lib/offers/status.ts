/**
 * An offer's status, derived from its dates and the day it is judged on, never stored beside
 * them where the two could disagree. Pure: the build passes its own day, so the site is right the
 * day after a deadline without an edit.
 *
 *   retired             the tuned model's shutdown day has come
 *   no-new-jobs         no new tuning jobs from the last-jobs day; tuned models still answer
 *   existing-customers  closed to customers new to the service; existing ones may still tune
 *   closing             an end is announced but nothing has closed yet
 *   available           no end announced
 */
export const OFFER_STATUSES = [
  'available',
  'closing',
  'existing-customers',
  'no-new-jobs',
  'retired',
] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** The days that decide the status; any may be unknown. */
export interface StatusDates {
  closedToNew?: Date | undefined;
  lastNewJobs?: Date | undefined;
  shutdown?: Date | undefined;
}

/** The status on `today`: a day counts from its first moment (UTC), as the dates are written. */
export function offerStatus(dates: StatusDates, today: Date): OfferStatus {
  const passed = (d: Date | undefined) => d !== undefined && d.getTime() <= today.getTime();
  if (passed(dates.shutdown)) return 'retired';
  if (passed(dates.lastNewJobs)) return 'no-new-jobs';
  if (passed(dates.closedToNew)) return 'existing-customers';
  if (dates.shutdown || dates.lastNewJobs || dates.closedToNew) return 'closing';
  return 'available';
}

/** True when someone new to the provider can buy the offer: the only offers fit to start from. */
export function openToNewCustomers(status: OfferStatus): boolean {
  return status === 'available' || status === 'closing';
}

/** The status in a few words, as a badge and a select option show it. */
export const STATUS_LABELS: Readonly<Record<OfferStatus, string>> = {
  available: 'available',
  closing: 'closing',
  'existing-customers': 'existing customers only',
  'no-new-jobs': 'no new jobs',
  retired: 'retired',
};

/**
 * Offers whose status on `today` differs from their status on the day they were checked: a
 * deadline passed since someone last looked, so the build says so (a warning, never an error).
 */
export function statusChanges<T extends { dates: StatusDates; checked: Date }>(
  offers: readonly T[],
  today: Date,
): { offer: T; was: OfferStatus; now: OfferStatus }[] {
  return offers.flatMap((offer) => {
    const was = offerStatus(offer.dates, offer.checked);
    const now = offerStatus(offer.dates, today);
    return was === now ? [] : [{ offer, was, now }];
  });
}
