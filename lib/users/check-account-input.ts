import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "./create-user";
import { displayNameProblems, type DisplayNameProblem } from "./display-name";

export const MAX_PASSWORD_LENGTH = 200;

export type AccountProblem =
  | DisplayNameProblem
  | { code: "email-invalid" }
  | { code: "password-length"; min: number; max: number };

// Named problems (translated by lib/http/describe-error.ts) rather than a schema's English messages.
export function checkPassword(password: string): AccountProblem[] {
  if (password.length >= MIN_PASSWORD_LENGTH && password.length <= MAX_PASSWORD_LENGTH) return [];
  return [{ code: "password-length", min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH }];
}

export function checkNewAccount(input: { name: string; email: string; password: string }): AccountProblem[] {
  const problems: AccountProblem[] = [...displayNameProblems(input.name)];
  if (!z.email().max(200).safeParse(input.email.trim()).success) problems.push({ code: "email-invalid" });
  return [...problems, ...checkPassword(input.password)];
}
