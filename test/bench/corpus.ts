// The bench's dense synthetic corpus: ordinary code in several languages with planted secrets (fake but
// well-formed) and traps (placeholders, lookups, hashes, UUIDs, example keys, data URIs), deterministic
// for a seed. Each file records the lines that hold secrets, so the bench can count hits and false alarms.
import { fake, oneOf, pick, seededRng, type Rng } from '../support/fake-secrets';

export interface CorpusFile {
  rel: string;
  text: string;
  /** 1-based lines that hold a planted secret. */
  secretLines: Set<number>;
}

const HEX = '0123456789abcdef';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

const uuid = (r: Rng) => `${pick(r, HEX, 8)}-${pick(r, HEX, 4)}-4${pick(r, HEX, 3)}-a${pick(r, HEX, 3)}-${pick(r, HEX, 12)}`;

/** Planted secrets: one or two lines each (AWS id and secret come together). */
const SECRETS: ((r: Rng, i: number) => string[])[] = [
  (r) => [`const stripeSecretKey = "${fake.stripeLive(r)}";`],
  (r) => [`GITHUB_TOKEN=${fake.githubPat(r)}`],
  (r) => [`aws_access_key_id = ${fake.awsKeyId(r)}`, `aws_secret_access_key = ${fake.awsSecret(r)}`],
  (r) => [`SLACK_BOT_TOKEN=${fake.slackBot(r)}`],
  (r) => [`  session: "${fake.jwt(r)}",`],
  (r, i) => [`DATABASE_URL=postgres://app:${fake.dbPassword(r)}@db-${i}.acme-corp.io:5432/app`],
  (r) => [`  db_password: "${fake.password(r)}"`],
];

/** Traps: each must stay silent. */
const TRAPS: ((r: Rng, i: number) => string)[] = [
  (r) => `    "integrity": "sha512-${pick(r, B64, 86)}==",`,
  (r) => `const tenantId = "${uuid(r)}";`,
  (r) => `  commit: ${pick(r, HEX, 40)}`,
  () => 'const apiKey = process.env.STRIPE_SECRET_KEY;',
  () => 'STRIPE_SECRET_KEY=sk_live_your-key-here',
  () => '  password: "${DB_PASSWORD}"',
  () => '  token: "{{ vault_token }}"',
  () => 'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE',
  (r) => `const logo = "data:image/png;base64,${pick(r, B64, 600)}";`,
  (r) => `const checksum = "${pick(r, HEX, 64)}";`,
  () => 'api_key = os.environ["API_KEY"]',
  () => '  password: changeme',
];

/** Ordinary lines: the bulk of any real file. */
const CODE: ((r: Rng, i: number) => string)[] = [
  (_r, i) => `export async function handler${i}(req: Request, res: Response): Promise<void> {`,
  (_r, i) => `  const url = \`https://api.acme.io/v2/orders/\${req.params.id}?page=${i % 50}\`;`,
  (_r, i) => `  const total = items.reduce((sum, item) => sum + item.price * item.quantity, ${i % 7});`,
  () => '  if (!user || !user.active) { throw new HttpError(403, "forbidden"); }',
  () => '  logger.info("processed order", { id: order.id, status: order.status, ms: Date.now() - started });',
  (_r, i) => `def compute_${i}(rows, limit=${i % 100}):`,
  () => '    return [row for row in rows if row.get("enabled") and row["score"] > threshold]',
  (_r, i) => `  retries: ${i % 5}`,
  () => '  image: registry.acme.io/platform/api:1.42.0',
  () => '}',
  () => '',
  (_r, i) => `// TODO(${i}): batch these writes once the queue supports transactions`,
  (_r, i) => `    <dependency><groupId>org.acme</groupId><artifactId>core-${i % 9}</artifactId></dependency>`,
];

const EXTENSIONS = ['ts', 'py', 'yml', 'env', 'js', 'json', 'go'];

/** About `bytes` of files of ~`fileBytes` each; one secret every ~`secretEvery` lines, as many traps. */
export function syntheticCorpus(bytes: number, seed = 42, fileBytes = 20_000, secretEvery = 40): CorpusFile[] {
  const r = seededRng(seed);
  const files: CorpusFile[] = [];
  let total = 0;
  for (let f = 0; total < bytes; f++) {
    const lines: string[] = [];
    const secretLines = new Set<number>();
    let size = 0;
    for (let i = 0; size < fileBytes; i++) {
      const roll = r() * secretEvery;
      let added: string[];
      if (roll < 1) {
        added = oneOf(r, SECRETS)(r, f * 1000 + i);
        for (let k = 0; k < added.length; k++) secretLines.add(lines.length + 1 + k);
      } else if (roll < 2) {
        added = [oneOf(r, TRAPS)(r, i)];
      } else {
        added = [oneOf(r, CODE)(r, f * 1000 + i)];
      }
      lines.push(...added);
      size += added.reduce((n, l) => n + l.length + 1, 0);
    }
    const text = lines.join('\n') + '\n';
    files.push({ rel: `pkg${f % 16}/module${f}.${EXTENSIONS[f % EXTENSIONS.length]}`, text, secretLines });
    total += text.length;
  }
  return files;
}
