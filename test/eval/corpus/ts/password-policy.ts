// Password rules for the sign-up form.
const COMMON_PASSWORDS = new Set(['123456', 'password', 'qwerty', 'Password1', 'Welcome1!', 'iloveyou', 'Secret123']);

export interface PasswordPolicy {
  minLength: number;
  requireDigit: boolean;
  requireSymbol: boolean;
}

export const DEFAULT_POLICY: PasswordPolicy = { minLength: 12, requireDigit: true, requireSymbol: true };

export function passwordErrors(password: string, policy = DEFAULT_POLICY): string[] {
  const errors: string[] = [];
  if (password.length < policy.minLength) errors.push(`Password must be at least ${policy.minLength} characters`);
  if (policy.requireDigit && !/\d/.test(password)) errors.push('Password needs a digit');
  if (policy.requireSymbol && !/[^A-Za-z0-9]/.test(password)) errors.push('Password needs a symbol');
  if (COMMON_PASSWORDS.has(password)) errors.push('Password is too common');
  return errors;
}

export const passwordPlaceholder = 'Enter a new password';
export const passwordInputType = 'password';
export const PASSWORD_FIELD = 'new-password';
