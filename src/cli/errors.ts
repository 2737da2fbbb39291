// Known failures: one line on stderr and an exit code, never a stack trace.
// Anything else is a programmer error and keeps its stack.

export const EXIT_OK = 0;
/** filter/export with selectors: nothing matched (like grep). */
export const EXIT_NO_MATCH = 1;
/** check: an error-level finding, or more warnings than --max-warnings. */
export const EXIT_FINDINGS = 1;
/** Usage or input error; also an internal error (as ESLint does). */
export const EXIT_ERROR = 2;
/** Stopped by SIGINT (Ctrl-C): 128 + 2, what a shell reports for it. */
export const EXIT_INTERRUPTED = 130;

export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: number = EXIT_ERROR,
  ) {
    super(message);
  }
}

/** An option value the command cannot use; worded like commander's own messages. */
export function invalidOption(flags: string, value: string, expected: string): CliError {
  return new CliError(`option '${flags}' argument '${value}' is invalid. ${expected}`);
}

/** Reasons for the file-system errors people meet, in the words of `ls` and `cat`. */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is a file, not a directory',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
  EPIPE: 'the reader closed the pipe',
};

/** A one-line reason for an error from fs or a stream: `permission denied (EACCES)`. */
export function describeSystemError(error: unknown): string {
  const code = errorCode(error);
  if (code !== undefined && REASONS[code] !== undefined) return `${REASONS[code]} (${code})`;
  return error instanceof Error ? error.message : String(error);
}

export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

/** True for errors raised by the system (a `code` like ENOENT), which are about the input, not the program. */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && /^E[A-Z0-9]+$/.test(errorCode(error) ?? '');
}
