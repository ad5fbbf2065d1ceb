/**
 * An error meant for the user: `message` says what went wrong, `hint` what to do about it.
 * `exitCode` is what the CLI exits with (2 = usage or configuration error).
 */
export class UserError extends Error {
  constructor(message: string, readonly hint?: string, readonly exitCode = 2) {
    super(message);
    this.name = 'UserError';
  }

  /** One line for terminals and notifications. */
  describe(): string {
    return this.hint ? `${this.message}\n  → ${this.hint}` : this.message;
  }
}
