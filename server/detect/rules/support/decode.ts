/** Decodes base64 or base64url (padding optional) to a UTF-8 string; '' when it is not base64 at all. */
export function decodeBase64Text(value: string): string {
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(value)) return '';
  return Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
}

/** Parses base64url-encoded JSON (a JWT segment); undefined unless it decodes to a JSON object. */
export function decodeJsonSegment(segment: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(decodeBase64Text(segment));
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
