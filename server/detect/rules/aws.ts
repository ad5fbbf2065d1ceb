// AWS access keys. The key id has a fixed prefix; the secret access key is 40 base64 characters with no
// prefix, so it is only reported beside a key id or under an AWS-ish name.
import { defineRule } from '../rule';
import { lineBefore, near } from './assigned';
import { charClasses, looksLikePlaceholder } from './shape';
import { placeholders, snippets, tokenRule } from './token-rule';

const DOCS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html';
const KEY_ID = /\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b/;

const ID = 'AKIAZ3FV3Y2DYSYR7LO5';
const STS_ID = 'ASIAU6WX7HLKM6GZF5NR';
const SECRET = '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';
const SECRET2 = 'X/TVisarRgruguQVUdwGtFIrnQf7TgQKCpjuf3Oo';

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
    if (secret.endsWith('EXAMPLE') || looksLikePlaceholder(secret.slice(4))) return false;
    return secret.startsWith('ASIA') ? { description: 'AWS temporary (STS) access key id' } : {};
  },
  samples: {
    tps: [
      `const accessKeyId = "${ID}";`,
      `AWS_ACCESS_KEY_ID=${ID}`,
      `[default]\naws_access_key_id = ${STS_ID}`,
      `{"AccessKeyId": "${STS_ID}", "Expiration": "2026-11-22T21:00:00Z"}`,
    ],
    fps: [
      'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE',
      'aws_access_key_id = AKIAXXXXXXXXXXXXXXXX',
      'const id = "AKIA1234"; // truncated',
      'AWS_ACCESS_KEY_ID=${AWS_ACCESS_KEY_ID}',
      `const s = "XAKIAZ3FV3Y2DYSYR7LO5B";`,
      'arn:aws:iam::123456789012:user/AKIAsomeone',
    ],
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
  envVar: 'AWS_SECRET_ACCESS_KEY',
  // 40 random base64 characters score about 5 bits; hex (git hashes) at most 4.
  minEntropy: 4.2,
  docs: DOCS,
  validate: (secret, match, ctx) => {
    if (secret.endsWith('EXAMPLEKEY') || looksLikePlaceholder(secret)) return false;
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
  samples: {
    tps: [
      `aws_secret_access_key = ${SECRET}`,
      `export AWS_SECRET_ACCESS_KEY="${SECRET2}"`,
      `const awsSecretKey = '${SECRET}';`,
      `{"AccessKeyId": "${STS_ID}", "SecretAccessKey": "${SECRET2}"}`,
      `new S3Client({ credentials: { accessKeyId: "${ID}", secretAccessKey: "${SECRET}" } });`,
      `AWS_SECRET: ${SECRET2}`,
      `creds = ("${ID}", "${SECRET}")`,
      `provider "aws" {\n  region     = "eu-west-1"\n  secret_key = "${SECRET2}"\n}`,
      `aws_secret_access_key = /${SECRET.slice(1, 39)}/`,
    ],
    fps: [
      'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      `const aws = require("aws-sdk"); const sha = "${'9f2c1e0b7a6d5c4b3a29181706f5e4d3c2b1a090'}";`,
      `aws_secret_access_key = ${'x'.repeat(40)}`,
      `// aws region config\nconst integrity = "${SECRET}";`,
      'AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}',
      `aws_secret_access_key = ${SECRET.slice(0, 30)}`,
      `provider "google" {}\nsecret_key = "${SECRET2}"`,
      `const keyIdAt = "${ID}"; const route = "/${SECRET.slice(1, 39)}/";`,
    ],
  },
});

const STS_BODY =
  'NnFve3hFRlypNKqPzMfWD6ZoJYej15f93Y1VaTqHno1BbH1yLiTW//CAg/jxo7jmJWo+79qa/RBWB69SINBJ8ptk2dJKs446QBGGqZzkq4Rx/EvLO1jPigwuBLl5pZmlYqtTa5Yn9gw71TOTIyLFYR3v2JCzSeZ5Tq7IourakoTjk3QWzKLfLRUs0K2w/VrA0kuRVPx2z7/m3TmfTInDMsdwJ9gZKmlj99dKvpV4aDqBxKBFaT5vkgN+/KiP0X+nhOuR+lVfa+mnxBEvSMS9joj4kO9+7qzAVblNXF2FazJEFNBpMO5hdYlAvO80NRFVq7+PZMK+KEQ/Z8z0A/LE2AdksH2Z6AvLf1JSl+KQZaK2Yn8ZCgOC/ltXCv45x0e1svkbDZgNnMUFRDHvE7/kSwVhP/Ftr0Xeqo4c';
const SESSION = `IQoJb3JpZ2luX2VjE${STS_BODY}`;
const SESSION_OLD = `FwoGZXIvYXdzE${STS_BODY.slice(0, 300)}=`;

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
  samples: {
    tps: [
      `aws_session_token = ${SESSION}`,
      `export AWS_SESSION_TOKEN="${SESSION_OLD}"`,
      `{"AccessKeyId": "${STS_ID}", "SessionToken": "${SESSION}"}`,
    ],
    fps: [
      'AWS_SESSION_TOKEN=${AWS_SESSION_TOKEN}',
      `aws_session_token = IQoJb3JpZ2luX2VjE${STS_BODY.slice(0, 80)}`,
      `aws_session_token = IQoJb3JpZ2luX2VjE${'x'.repeat(300)}`,
    ],
  },
});

// Bedrock long-term API keys: "ABSK" + base64 of "BedrockAPIKey-…".
const BEDROCK =
  'ABSKQmVkcm9ja0FQSUtleS1kZXBsb3ktYXQtNzMwNDEyOTY4MTU1Onlsa1NlUHcvM0huQWE0a3NncndZZllqSFZvL2VhajluelRpc0IrMjlUYisvWHUreTFheVhDNzRqS1NMbGszK2MzbldYdmZGY2w2MXBhc0ZN';

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
  samples: {
    tps: snippets(BEDROCK, 'AWS_BEARER_TOKEN_BEDROCK'),
    fps: [...placeholders('ABSKQmVkcm9ja0FQSUtleS', 'AWS_BEARER_TOKEN_BEDROCK', 100), `AWS_BEARER_TOKEN_BEDROCK=${BEDROCK.slice(0, 60)}`],
  },
});

export const awsRules = [awsAccessKeyId, awsSecretAccessKey, awsSessionToken, awsBedrockApiKey];
