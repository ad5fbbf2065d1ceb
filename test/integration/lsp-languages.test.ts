// "Move to .env" over stdio in every language of the replacement table: the edit the editor receives.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction } from 'vscode-languageserver-protocol';
import type { MoveSecretArgs } from '../../server/shared/protocol';
import { parseDotenv } from '../../server/vault/dotenv';
import { startLsp, type LspClient } from '../support/lsp-client';

const SK = 'sk_live_aZTL52yn6zVOIuhiKuCQCLlP4f2a';

const cases: { file: string; languageId: string; before: string; after: string }[] = [
  { file: 'app.ts', languageId: 'typescript', before: `const stripeKey = "${SK}";\n`, after: 'const stripeKey = requireEnv("K_TS");\n\nfunction requireEnv(name: string): string {\n  const value = process.env[name];\n  if (value === undefined) throw new Error(`${name} is not set`);\n  return value;\n}\n' },
  { file: 'app.js', languageId: 'javascript', before: `const stripeKey = "${SK}";\n`, after: 'const stripeKey = process.env.K_JS;\n' },
  { file: 'app.py', languageId: 'python', before: `"""App."""\nSTRIPE = '${SK}'\n`, after: '"""App."""\nimport os\nSTRIPE = os.environ["K_PY"]\n' },
  { file: 'main.go', languageId: 'go', before: `package main\n\nimport "fmt"\n\nvar stripeKey = "${SK}"\n\nfunc main() { fmt.Println(stripeKey) }\n`, after: 'package main\n\nimport "fmt"\nimport "os"\n\nvar stripeKey = os.Getenv("K_GO")\n\nfunc main() { fmt.Println(stripeKey) }\n' },
  { file: 'Billing.java', languageId: 'java', before: `class Billing { static final String KEY = "${SK}"; }\n`, after: 'class Billing { static final String KEY = System.getenv("K_JAVA"); }\n' },
  { file: 'Billing.cs', languageId: 'csharp', before: `using System;\nclass Billing { static readonly string Key = "${SK}"; }\n`, after: 'using System;\nclass Billing { static readonly string Key = Environment.GetEnvironmentVariable("K_CS"); }\n' },
  { file: 'stripe.rb', languageId: 'ruby', before: `Stripe.api_key = "${SK}"\n`, after: 'Stripe.api_key = ENV.fetch("K_RB")\n' },
  { file: 'pay.php', languageId: 'php', before: `<?php\n$stripeKey = "${SK}";\n`, after: "<?php\n$stripeKey = getenv('K_PHP');\n" },
  { file: 'main.rs', languageId: 'rust', before: `fn main() {\n    let key = "${SK}";\n    println!("{}", key.len());\n}\n`, after: 'fn main() {\n    let key = &std::env::var("K_RS").expect("K_RS is not set");\n    println!("{}", key.len());\n}\n' },
  { file: 'deploy.sh', languageId: 'shellscript', before: `#!/bin/sh\ncurl -u "${SK}:" https://api.stripe.com/v1/charges\n`, after: '#!/bin/sh\ncurl -u "${K_SH}:" https://api.stripe.com/v1/charges\n' },
  { file: 'docker-compose.yml', languageId: 'dockercompose', before: `services:\n  api:\n    environment:\n      STRIPE_KEY: ${SK}\n`, after: 'services:\n  api:\n    environment:\n      STRIPE_KEY: ${K_YML}\n' },
  { file: 'Dockerfile', languageId: 'dockerfile', before: `FROM node:20\nENV STRIPE_KEY=${SK}\n`, after: 'FROM node:20\nARG K_DOCKER\nENV STRIPE_KEY=${K_DOCKER}\n' },
  { file: 'main.tf', languageId: 'terraform', before: `provider "stripe" {\n  api_key = "${SK}"\n}\n`, after: 'provider "stripe" {\n  api_key = var.k_tf\n}\n\nvariable "k_tf" {\n  type      = string\n  sensitive = true\n}\n' },
];

describe('move to .env in each language', () => {
  let root: string;
  let client: LspClient;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'kw-lang-'));
    execFileSync('git', ['init', '-q'], { cwd: root });
    client = await startLsp({ root });
  });
  after(async () => {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  });

  for (const c of cases) {
    it(`${c.languageId}: ${c.file}`, async () => {
      const uri = client.open(c.file, c.languageId, c.before);
      const diagnostics = await client.current(uri);
      assert.equal(diagnostics.length, 1);
      const actions = (await client.codeActions(uri, diagnostics)) as CodeAction[];
      const move = actions.find((a) => a.title.endsWith('to .env'))!;
      const name = `K_${c.file.split('.').pop()!.toUpperCase().replace('DOCKERFILE', 'DOCKER')}`;
      const args: MoveSecretArgs = { ...(move.command!.arguments![0] as MoveSecretArgs), chosenName: name };
      const result = (await client.execute(move.command!.command, [args])) as { ok: boolean; names: string[]; message?: string };
      assert.equal(result.ok, true, result.message);
      assert.equal(client.text(uri), c.after);
      const envName = c.languageId === 'terraform' ? `TF_VAR_${name.toLowerCase()}` : name;
      assert.deepEqual(result.names, [envName]);
      assert.equal(parseDotenv(readFileSync(join(root, '.env'), 'utf8'))[envName], SK);
    });
  }
});
