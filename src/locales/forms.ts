/**
 * Builds a form → value table from groups of inflected forms sharing one value,
 * e.g. `[[1, ['styczeń', 'stycznia']]]` → `{ styczeń: 1, stycznia: 1 }`.
 * Used by locales whose words decline (Polish, German).
 */
export const byForm = <V>(groups: ReadonlyArray<readonly [V, readonly string[]]>): Record<string, V> =>
  Object.fromEntries(groups.flatMap(([v, forms]) => forms.map((f) => [f, v] as const)));
