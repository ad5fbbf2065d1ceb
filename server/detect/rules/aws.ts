// AWS access keys. The key id has a fixed prefix; the secret access key is 40 base64 characters with no
// prefix, so it is only reported beside a key id or under an AWS-ish name.
import { defineRule } from '../rule';
import { lineBefore, near } from './assigned';
import { charClasses } from './shape';
import { isPlaceholder } from '../placeholder';
import { tokenRule } from './token-rule';

const DOCS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html';
const KEY_ID = /\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b/;

export const awsAccessKeyId = defineRule({
  id: 'aws-access-key-id',
  provider: 'AWS',
  description: 'AWS access key id',
  keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
  pattern: /\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b/g,
  anchored: true,
  envVar: 'AWS_ACCESS_KEY_ID',
  docs: DOCS,
  validate: (secret) => {
    // AWS documentation's keys (AKIAIOSFODNN7EXAMPLE) and obvious filler.
    if (secret.endsWith('EXAMPLE') || isPlaceholder(secret.slice(4))) return false;
    return secret.startsWith('ASIA') ? { description: 'AWS temporary (STS) access key id' } : {};
  },
});

// The secret's name: aws_secret_access_key, awsSecretKey, AWS_SECRET, secretAccessKey, SecretAccessKey.
const SECRET_NAME = /(?:aws|amazon)[\w.-]{0,20}?secret|secret[_.-]?access[_.-]?key/i;

export const awsSecretAccessKey = defineRule({
  id: 'aws-secret-access-key',
  provider: 'AWS',
  description: 'AWS secret access key',
  keywords: ['aws', 'akia', 'asia', 'abia', 'acca', 'secretaccesskey', 'secret_access_key'],
  pattern: /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g,
  // What validate looks for lies within 400 characters before the key (aws, amazon or secret in its name, a key
  // id) or 400 after its end (a key id): the 40-character search runs only there, not over every file with "laws".
  near: { keywords: ['aws', 'amazon', 'secret', 'a3t', 'akia', 'asia', 'abia', 'acca'], within: 440 },
  envVar: 'AWS_SECRET_ACCESS_KEY',
  // 40 random base64 characters score about 5 bits; hex (git hashes) at most 4.
  minEntropy: 4.2,
  docs: DOCS,
  validate: (secret, match, ctx) => {
    if (secret.endsWith('EXAMPLEKEY') || isPlaceholder(secret)) return false;
    const name = lineBefore(ctx.text, match.index).slice(-80);
    if (SECRET_NAME.test(name) && charClasses(secret) >= 2) return {};
    // Without the name, a leading, trailing or doubled slash reads as a path (real keys have them ~6 % of the time).
    if (/\/\/|^\/|\/$/.test(secret)) return false;
    const end = match.index + secret.length;
    // `secret_key = "…"` in a block that mentions AWS (Terraform's provider "aws", a boto3 call).
    if (/secret[_.-]?key/i.test(name) && charClasses(secret) === 3 && /aws|amazon/i.test(ctx.text.slice(Math.max(0, match.index - 300), match.index))) {
      return { confidence: 'medium' };
    }
    if (charClasses(secret) === 3 && near(ctx.text, match.index, end, KEY_ID, 400)) return { confidence: 'medium' };
    return false;
  },
});

// STS session tokens are base64 protobuf; their first bytes, and so their first characters, are fixed.
export const awsSessionToken = tokenRule({
  id: 'aws-session-token',
  provider: 'AWS',
  description: 'AWS temporary session token',
  keywords: ['iqojb3jpz2lux2vj', 'fwogzxivyxdze'],
  pattern: /(?<![A-Za-z0-9+/])(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdzE)[A-Za-z0-9+/]{200,3000}={0,2}(?![A-Za-z0-9+/=])/g,
  envVar: 'AWS_SESSION_TOKEN',
  minEntropy: 4.5,
  docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html',
  prefixLength: 13,
});

export const awsBedrockApiKey = tokenRule({
  id: 'aws-bedrock-api-key',
  provider: 'AWS',
  description: 'Amazon Bedrock API key',
  keywords: ['absk'],
  pattern: /\bABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{60,400}={0,2}(?![A-Za-z0-9+/=])/g,
  envVar: 'AWS_BEARER_TOKEN_BEDROCK',
  minEntropy: 4.2,
  docs: 'https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys.html',
  prefixLength: 22,
  // The rest decodes to "BedrockAPIKey-<user>-at-<account>:<secret>".
  check: (secret) => (/^BedrockAPIKey-[\x21-\x7e]{1,200}:/.test(Buffer.from(secret.slice(4), 'base64').toString('latin1')) ? {} : false),
});

export const awsRules = [awsAccessKeyId, awsSecretAccessKey, awsSessionToken, awsBedrockApiKey];
