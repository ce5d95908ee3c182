// Dates as the pages show them. One formatter for the whole build: creating one per date (what
// toLocaleDateString does) costs more than the formatting, and a large ladder shows thousands.
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date as the pages show it, in UTC, e.g. `3 March 2026`. */
export function formatDate(date: string | Date): string {
  return dayFormat.format(new Date(date));
}

/** The day of a date for `<time datetime>`, in UTC, e.g. `2026-03-03`. */
export function isoDay(date: string | Date): string {
  return new Date(date).toISOString().slice(0, 10);
}
