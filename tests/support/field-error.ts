import { expect } from 'vitest';

/** The refusal names the field (as the admin form shows it) and says how to fix it, in both languages. */
export function expectFieldError(response: { status: number; body: any }, field: string, words: RegExp) {
  expect(response.status, JSON.stringify(response.body)).toBe(400);
  const errors = response.body.error?.details?.errors ?? [];
  const match = errors.find((e: any) => e.path.join('.') === field);
  expect(match, `no error on ${field}: ${JSON.stringify(response.body.error)}`).toBeTruthy();
  expect(match.message).toMatch(words);
  expect(match.message).toMatch(/ \/ /); // Vietnamese / English
}
