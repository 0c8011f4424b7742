/** A failure's message for a person: an Error's own message, anything else as text. */
export function describeError(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
