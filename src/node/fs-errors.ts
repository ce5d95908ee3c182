/**
 * Whether an error is a file-system error with one of these codes, e.g. `ENOENT`: catch blocks
 * handle exactly the case they mean and rethrow everything else.
 * @example hasCode(error, 'ENOENT')
 */
export function hasCode(error: unknown, ...codes: string[]): boolean {
  return error instanceof Error && codes.includes((error as NodeJS.ErrnoException).code ?? '');
}
