import { worded, type Client, type Wording } from './next-step';

/**
 * An error meant for the user: `message` says what went wrong, `advice` what to do about it, worded for each
 * client when it names a step (server/next-step.ts). `exitCode` is what the CLI exits with (2 = usage or
 * configuration error).
 */
export class UserError extends Error {
  constructor(message: string, readonly advice?: Wording, readonly exitCode = 2) {
    super(message);
    this.name = 'UserError';
  }

  /** What to do, as the CLI says it. */
  get hint(): string | undefined {
    return this.hintFor('cli');
  }

  hintFor(client: Client): string | undefined {
    return this.advice === undefined ? undefined : worded(this.advice, client);
  }

  /** One line for terminals and notifications. */
  describe(): string {
    return this.hint ? `${this.message}\n  → ${this.hint}` : this.message;
  }
}
