// Cheap checks on a candidate's characters. (Placeholders are judged in ../placeholder.ts.)

/** How many of the classes upper-case, lower-case and digit occur in `value`. */
export function charClasses(value: string): number {
  return Number(/[A-Z]/.test(value)) + Number(/[a-z]/.test(value)) + Number(/[0-9]/.test(value));
}
