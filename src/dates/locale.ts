/** What the date finders need to know of a language. */
export interface DatesLocale {
  /** Month names and abbreviations in every case, lowercase → month number 1–12. */
  months: Record<string, number>;
  /** Weekday names in every case, lowercase → ISO weekday 1 (Monday) – 7 (Sunday). */
  weekdays: Record<string, number>;
  /** Relative day words, lowercase → offset in days from the reference date: `yesterday` → -1. */
  relativeDays: Record<string, number>;
}
