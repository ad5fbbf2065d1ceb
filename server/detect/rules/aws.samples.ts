import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const ID = 'AKIAZ3FV3Y2DYSYR7LO5';
const STS_ID = 'ASIAU6WX7HLKM6GZF5NR';
const SECRET = 'PJ17sBf+ikBNXiayK8hDoIQSyDClMdZVS7I6W7vh';
const SECRET2 = 'X/TVisarRgruguQVUdwGtFIrnQf7TgQKCpjuf3Oo';
const STS_BODY =
  'NnFve3hFRlypNKqPzMfWD6ZoJYej15f93Y1VaTqHno1BbH1yLiTW//CAg/jxo7jmJWo+79qa/RBWB69SINBJ8ptk2dJKs446QBGGqZzkq4Rx/EvLO1jPigwuBLl5pZmlYqtTa5Yn9gw71TOTIyLFYR3v2JCzSeZ5Tq7IourakoTjk3QWzKLfLRUs0K2w/VrA0kuRVPx2z7/m3TmfTInDMsdwJ9gZKmlj99dKvpV4aDqBxKBFaT5vkgN+/KiP0X+nhOuR+lVfa+mnxBEvSMS9joj4kO9+7qzAVblNXF2FazJEFNBpMO5hdYlAvO80NRFVq7+PZMK+KEQ/Z8z0A/LE2AdksH2Z6AvLf1JSl+KQZaK2Yn8ZCgOC/ltXCv45x0e1svkbDZgNnMUFRDHvE7/kSwVhP/Ftr0Xeqo4c';
const SESSION = `IQoJb3JpZ2luX2VjE${STS_BODY}`;
const SESSION_OLD = `FwoGZXIvYXdzE${STS_BODY.slice(0, 300)}=`;
// Bedrock long-term API keys: "ABSK" + base64 of "BedrockAPIKey-…".
const BEDROCK =
  'ABSKQmVkcm9ja0FQSUtleS1kZXBsb3ktYXQtNzMwNDEyOTY4MTU1Onlsa1NlUHcvM0huQWE0a3NncndZZllqSFZvL2VhajluelRpc0IrMjlUYisvWHUreTFheVhDNzRqS1NMbGszK2MzbldYdmZGY2w2MXBhc0ZN';

export const samples: RuleSamples = {
  'aws-access-key-id': {
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
  'aws-secret-access-key': {
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
  'aws-session-token': {
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
  'aws-bedrock-api-key': {
    tps: snippets(BEDROCK, 'AWS_BEARER_TOKEN_BEDROCK'),
    fps: [...placeholders('ABSKQmVkcm9ja0FQSUtleS', 'AWS_BEARER_TOKEN_BEDROCK', 100), `AWS_BEARER_TOKEN_BEDROCK=${BEDROCK.slice(0, 60)}`],
  },
};
