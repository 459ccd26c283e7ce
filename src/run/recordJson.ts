// A run's record read back from disk (the exception register, a period's manifest): JSON of a known shape, or the
// reason it cannot be trusted, with the place in the file where it goes wrong.
import type { z } from 'zod';

export function parseRecord<T>(text: string, schema: z.ZodType<T>, what: string): { data: T } | { problem: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { problem: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { problem: issue === undefined ? `not ${what}` : `${issue.path.map(String).join('.') || '(top level)'}: ${issue.message}` };
  }
  return { data: parsed.data };
}
