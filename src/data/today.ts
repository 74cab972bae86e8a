/**
 * The day the site is built for. Whatever a page weighs against "today" (an offer past its
 * last day for new jobs, the months left before a shutdown, a check that has grown old) takes
 * this date as a parameter; this module is the only build code that reads the clock, and it
 * reads it once. `SITE_TODAY=2027-01-15 npm run build` builds the site as it will read on that
 * day: tests use it to prove that nothing breaks once a date has passed, and an editor can
 * preview the site on a future day.
 */

/** The environment variable that sets the day (`YYYY-MM-DD`). */
export const TODAY_VARIABLE = 'SITE_TODAY';

/**
 * The build's day at midnight UTC, the way content dates are read: `setting` when given (a
 * `YYYY-MM-DD` date), else the day of `now`. A setting that is not a real date stops the build
 * rather than silently building for the wrong day.
 */
export function siteToday(setting: string | undefined, now: Date): Date {
  if (setting === undefined || setting === '') return new Date(now.toISOString().slice(0, 10));
  const day = new Date(`${setting}T00:00:00Z`);
  // A real date reads back as written (`new Date` rolls 2027-02-30 over into March).
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== setting) {
    throw new Error(`${TODAY_VARIABLE} must be a date written YYYY-MM-DD, such as 2027-01-15`);
  }
  return day;
}

/** Today for this build: `SITE_TODAY` or the clock, read when the build starts. */
export const SITE_TODAY: Date = siteToday(process.env[TODAY_VARIABLE], new Date());
