import { defineRule, type Verdict } from '../rule';
import { decodeJsonSegment } from './support/decode';

// JSON Web Tokens: header.payload.signature, each base64url; header and payload start `eyJ` (`{"`).
// Decisions (precision first):
// - the header must decode to JSON with a string `alg`, and the payload to a JSON object;
// - jwt.io's well-known sample token (sub 1234567890, "John Doe") is documentation: rejected;
// - Supabase `anon` keys are public by design (like publishable keys): rejected; `service_role` is reported;
// - `alg: none` (unsigned: no server should accept it) and tokens whose `exp` has passed are reported as
//   low-confidence warnings: they rarely grant access, but still leak claims and point at a signing flow;
// - so are tokens with none of the registered claims (iss, sub, aud, exp, nbf, iat, jti): real issuers set
//   at least one, while tutorials sign `{"some": "payload"}`.
const PATTERN = /(?<![\w.-])eyJ[A-Za-z0-9_-]{10,1000}\.eyJ[A-Za-z0-9_-]{10,8000}\.[A-Za-z0-9_-]{0,1000}(?![\w.-])/g;

const REGISTERED_CLAIMS = ['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti'];

function judge(secret: string): Verdict | false {
  const [headerPart, payloadPart, signature] = secret.split('.');
  const header = decodeJsonSegment(headerPart!);
  const payload = decodeJsonSegment(payloadPart!);
  if (!header || !payload || typeof header.alg !== 'string') return false;
  if (payload.sub === '1234567890' && payload.name === 'John Doe') return false;
  if (payload.iss === 'supabase' && payload.role === 'anon') return false;
  if (header.alg.toLowerCase() === 'none' || signature === '') {
    return { confidence: 'low', severity: 'warning', description: 'Unsigned JSON Web Token (alg: none)' };
  }
  if (!REGISTERED_CLAIMS.some((claim) => claim in payload)) {
    return { confidence: 'low', severity: 'warning', description: 'JSON Web Token without registered claims (likely an example)' };
  }
  if (typeof payload.exp === 'number' && payload.exp * 1000 < Date.now()) {
    return { confidence: 'low', severity: 'warning', description: 'Expired JSON Web Token' };
  }
  return {};
}

export const jwt = defineRule({
  id: 'jwt',
  provider: 'JSON Web Token',
  description: 'JSON Web Token',
  keywords: ['eyj'],
  anchored: true,
  pattern: PATTERN,
  envVar: 'JWT_TOKEN',
  confidence: 'medium',
  validate: judge,
  docs: 'https://datatracker.ietf.org/doc/html/rfc7519',
});

export const jwtRules = [jwt];
