// The replacement table: each language's edit on realistic snippets, with secrets found by the real scanner.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scan } from '../../server/detect';
import { lookupInfo, planReplacements } from '../../server/lsp/env-lookup';

const SK = 'sk_live_aZTL52yn6zVOIuhiKuCQCLlP4f2a';
const SK2 = 'sk_live_Qm3vT8xWz2LpR6nK9dF4hJ7c';

/** Scans `text` as `path`, replaces every finding with `names` (or the suggested names), returns the new text. */
async function fix(languageId: string, path: string, text: string, names?: string[]): Promise<string> {
  const findings = scan(text, path);
  assert.ok(findings.length > 0, `the scanner found nothing in ${path}`);
  const plan = await planReplacements(languageId, path, text, findings.map((f, i) => ({ offset: f.offset, endOffset: f.endOffset, literal: f.literal, name: names?.[i] ?? f.suggestedName })));
  if (!plan.ok) throw new Error(plan.reason);
  let out = text;
  for (const e of [...plan.edits].sort((a, b) => b.offset - a.offset || b.endOffset - a.endOffset)) out = out.slice(0, e.offset) + e.newText + out.slice(e.endOffset);
  return out;
}

async function refusal(languageId: string, path: string, text: string): Promise<string> {
  const findings = scan(text, path);
  assert.ok(findings.length > 0, `the scanner found nothing in ${path}`);
  const plan = await planReplacements(languageId, path, text, findings.map((f) => ({ offset: f.offset, endOffset: f.endOffset, literal: f.literal, name: f.suggestedName })));
  assert.equal(plan.ok, false, 'expected a refusal');
  return (plan as { reason: string }).reason;
}

describe('env lookup: JavaScript and TypeScript', async () => {
  it('replaces the whole literal, quotes included', async () => {
    assert.equal(await fix('javascript', 'src/pay.js', `const stripeSecretKey = "${SK}";\n`), 'const stripeSecretKey = process.env.STRIPE_SECRET_KEY;\n');
    assert.equal(await fix('javascript', 'pay.js', `const stripe = require('stripe')('${SK}');\n`, ['STRIPE_SECRET_KEY']), `const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);\n`);
    assert.equal(await fix('javascriptreact', 'App.jsx', `const config = { stripeKey: \`${SK}\` };\n`), 'const config = { stripeKey: process.env.STRIPE_KEY };\n');
  });
  it('TypeScript: a typed accessor, declared once per file, so strict typing holds', async () => {
    const out = await fix('typescript', 'src/pay.ts', `const a: string = "${SK}";\nconst b = "${SK2}";\n`, ['A', 'B']);
    assert.equal(out, `const a: string = requireEnv("A");\nconst b = requireEnv("B");\n\nfunction requireEnv(name: string): string {\n  const value = process.env[name];\n  if (value === undefined) throw new Error(\`\${name} is not set\`);\n  return value;\n}\n`);
    assert.equal((await fix('typescript', 'src/pay.ts', out.replace('requireEnv("A")', `"${SK}"`), ['C'])).match(/function requireEnv/g)?.length, 1);
  });
  it('JSX: an attribute value gets braces', async () => {
    assert.equal(await fix('javascriptreact', 'App.jsx', `const p = <Pay apiKey="${SK}" />;\n`, ['K']), 'const p = <Pay apiKey={process.env.K} />;\n');
  });
  it('keeps the rest of a literal that holds more than the secret', async () => {
    assert.equal(await fix('javascript', 'api.js', `const auth = "Bearer ${SK}";\n`, ['STRIPE_SECRET_KEY']), 'const auth = "Bearer " + process.env.STRIPE_SECRET_KEY;\n');
  });
});

describe('env lookup: Python', async () => {
  it('adds import os after the docstring and __future__ imports', async () => {
    const text = `#!/usr/bin/env python3\n"""Billing."""\nfrom __future__ import annotations\n\nimport stripe\n\nstripe.api_key = "${SK}"\n`;
    assert.equal(await fix('python', 'billing.py', text, ['STRIPE_SECRET_KEY']),
      `#!/usr/bin/env python3\n"""Billing."""\nfrom __future__ import annotations\nimport os\n\nimport stripe\n\nstripe.api_key = os.environ["STRIPE_SECRET_KEY"]\n`);
  });
  it('adds import os at the top of a file with nothing before the code', async () => {
    assert.equal(await fix('python', 'settings.py', `STRIPE_KEY = '${SK}'\n`), `import os\nSTRIPE_KEY = os.environ["STRIPE_KEY"]\n`);
  });
  it('does not add import os twice', async () => {
    assert.equal(await fix('python', 'a.py', `import sys, os\nKEY = "${SK}"\n`, ['K']), `import sys, os\nKEY = os.environ["K"]\n`);
    assert.equal(await fix('python', 'b.py', `import os\nKEY = "${SK}"\n`, ['K']), `import os\nKEY = os.environ["K"]\n`);
    assert.equal(await fix('python', 'b.py', `import os.path\nKEY = "${SK}"\n`, ['K']), `import os.path\nKEY = os.environ["K"]\n`);
  });
  it('adds a module-level import os when os is only imported inside a function or under another name', async () => {
    assert.equal(await fix('python', 'e.py', `def f():\n    import os\nKEY = "${SK}"\n`, ['K']), `import os\ndef f():\n    import os\nKEY = os.environ["K"]\n`);
    assert.equal(await fix('python', 'e.py', `import os as system\nKEY = "${SK}"\n`, ['K']), `import os\nimport os as system\nKEY = os.environ["K"]\n`);
  });
  it('replaces the string prefix with the literal, and repeats it for a kept suffix', async () => {
    assert.equal(await fix('python', 'c.py', `import os\nKEY = r"${SK}"\n`, ['K']), `import os\nKEY = os.environ["K"]\n`);
    assert.equal(await fix('python', 'c.py', `import os\nKEY = r"${SK}\\n"\n`, ['K']), `import os\nKEY = os.environ["K"] + r"\\n"\n`);
    assert.equal(await fix('python', 'd.py', `import os\nKEY = """${SK}"""\n`, ['K']), `import os\nKEY = os.environ["K"]\n`);
  });
});

describe('env lookup: Go', async () => {
  it('adds "os" to the import block in sorted position', async () => {
    const text = `package main\n\nimport (\n\t"fmt"\n\t"net/http"\n)\n\nvar stripeKey = "${SK}"\n`;
    assert.equal(await fix('go', 'main.go', text), `package main\n\nimport (\n\t"fmt"\n\t"net/http"\n\t"os"\n)\n\nvar stripeKey = os.Getenv("STRIPE_KEY")\n`);
  });
  it('adds import "os" after a single import or the package clause', async () => {
    assert.equal(await fix('go', 'a.go', `package main\n\nimport "fmt"\n\nvar stripeKey = "${SK}"\n`), `package main\n\nimport "fmt"\nimport "os"\n\nvar stripeKey = os.Getenv("STRIPE_KEY")\n`);
    assert.equal(await fix('go', 'b.go', `package config\n\nvar stripeKey = "${SK}"\n`), `package config\n\nimport "os"\n\nvar stripeKey = os.Getenv("STRIPE_KEY")\n`);
  });
  it('turns a single-line const into a var, and refuses inside a const block', async () => {
    assert.equal(await fix('go', 'c.go', `package config\n\nimport "os"\n\nconst stripeKey = "${SK}"\n`), `package config\n\nimport "os"\n\nvar stripeKey = os.Getenv("STRIPE_KEY")\n`);
    assert.match(await refusal('go', 'd.go', `package config\n\nconst (\n\tstripeKey = "${SK}"\n)\n`), /const \( … \) block/);
  });
});

describe('env lookup: JVM, .NET, Ruby, PHP, Rust', async () => {
  it('Java: System.getenv', async () => {
    assert.equal(await fix('java', 'Billing.java', `class Billing {\n  private static final String STRIPE_KEY = "${SK}";\n}\n`),
      `class Billing {\n  private static final String STRIPE_KEY = System.getenv("STRIPE_KEY");\n}\n`);
  });
  it('C#: Environment.GetEnvironmentVariable, qualified unless `using System;`', async () => {
    assert.equal(await fix('csharp', 'Billing.cs', `var stripeKey = "${SK}";\n`), `var stripeKey = System.Environment.GetEnvironmentVariable("STRIPE_KEY");\n`);
    assert.equal(await fix('csharp', 'Billing.cs', `using System;\nvar stripeKey = @"${SK}";\n`, ['STRIPE_KEY']), `using System;\nvar stripeKey = Environment.GetEnvironmentVariable("STRIPE_KEY");\n`);
    assert.match(await refusal('csharp', 'C.cs', `class C { const string StripeKey = "${SK}"; }\n`), /static readonly/);
  });
  it('Ruby: ENV.fetch', async () => {
    assert.equal(await fix('ruby', 'config/stripe.rb', `Stripe.api_key = "${SK}"\n`, ['STRIPE_SECRET_KEY']), `Stripe.api_key = ENV.fetch("STRIPE_SECRET_KEY")\n`);
  });
  it('PHP: getenv, and constants refused', async () => {
    assert.equal(await fix('php', 'pay.php', `<?php\n$stripeKey = '${SK}';\n`), `<?php\n$stripeKey = getenv('STRIPE_KEY');\n`);
    assert.equal(await fix('php', 'pay.php', `<?php\n$auth = 'Bearer ${SK}';\n`, ['STRIPE_KEY']), `<?php\n$auth = 'Bearer ' . getenv('STRIPE_KEY');\n`);
    assert.match(await refusal('php', 'C.php', `<?php\nclass C {\n  const STRIPE_KEY = '${SK}';\n}\n`), /PHP class constant needs a compile-time constant/);
  });
  it('Rust: a &str from std::env::var, and const refused', async () => {
    assert.equal(await fix('rust', 'src/main.rs', `fn main() {\n    let stripe_key = "${SK}";\n}\n`),
      `fn main() {\n    let stripe_key = &std::env::var("STRIPE_KEY").expect("STRIPE_KEY is not set");\n}\n`);
    assert.match(await refusal('rust', 'src/lib.rs', `pub const STRIPE_KEY: &str = "${SK}";\n`), /const\/static/);
    assert.match(await refusal('rust', 'src/lib.rs', `static STRIPE_KEY: &str =\n    "${SK}";\n`), /const\/static/);
  });
  it('Rust: the type the literal had, owned where a method makes a String, &\'static where a lifetime demands it', async () => {
    assert.equal(await fix('rust', 'a.rs', `fn f() -> String {\n    "${SK}".to_string()\n}\n`, ['K']), 'fn f() -> String {\n    std::env::var("K").expect("K is not set").to_string()\n}\n');
    assert.equal(await fix('rust', 'a.rs', `fn f() {\n    let k: &'static str = "${SK}";\n}\n`, ['K']), 'fn f() {\n    let k: &\'static str = Box::leak(std::env::var("K").expect("K is not set").into_boxed_str());\n}\n');
    assert.equal(await fix('rust', 'a.rs', `fn f() {\n    let h = format!("{}", r"Bearer ${SK}");\n}\n`, ['K']), 'fn f() {\n    let h = format!("{}", Box::leak(format!(r"Bearer {}", std::env::var("K").expect("K is not set")).into_boxed_str()));\n}\n');
  });
});

describe('env lookup: shell, YAML, Dockerfile, Terraform, .properties, .env', async () => {
  it('shell: "$NAME" for quoted and bare values, expansion inside partial strings', async () => {
    assert.equal(await fix('shellscript', 'deploy.sh', `export STRIPE_KEY="${SK}"\n`), `export STRIPE_KEY="\${STRIPE_KEY}"\n`);
    assert.equal(await fix('shellscript', 'deploy.sh', `export STRIPE_KEY=${SK}\n`), `export STRIPE_KEY="$STRIPE_KEY"\n`);
    assert.equal(await fix('shellscript', 'call.sh', `curl -H "Authorization: Bearer ${SK}" https://api.stripe.com/v1/charges\n`, ['STRIPE_KEY']),
      `curl -H "Authorization: Bearer \${STRIPE_KEY}" https://api.stripe.com/v1/charges\n`);
    assert.equal(await fix('shellscript', 'call.sh', `curl -H 'Authorization: Bearer ${SK}' https://api.stripe.com\n`, ['STRIPE_KEY']),
      `curl -H 'Authorization: Bearer '"\${STRIPE_KEY}" https://api.stripe.com\n`);
  });
  it('YAML / Compose: ${NAME}', async () => {
    assert.equal(await fix('yaml', 'docker-compose.yml', `services:\n  api:\n    environment:\n      STRIPE_KEY: ${SK}\n`),
      'services:\n  api:\n    environment:\n      STRIPE_KEY: ${STRIPE_KEY}\n');
    assert.equal(await fix('yaml', 'config.yaml', `stripe:\n  secret_key: "${SK}"\n`, ['STRIPE_SECRET_KEY']), 'stripe:\n  secret_key: "${STRIPE_SECRET_KEY}"\n');
    assert.equal(await fix('yaml', 'compose.yaml', `labels: { token: ${SK}, tier: web }\n`, ['T']), 'labels: { token: "${T}", tier: web }\n');
  });
  it('Dockerfile: ${NAME} with an ARG declared above', async () => {
    assert.equal(await fix('dockerfile', 'Dockerfile', `FROM node:20\nENV STRIPE_KEY=${SK}\nCMD ["node", "server.js"]\n`),
      'FROM node:20\nARG STRIPE_KEY\nENV STRIPE_KEY=${STRIPE_KEY}\nCMD ["node", "server.js"]\n');
  });
  it('Terraform: var.name plus a sensitive variable block; the env var is TF_VAR_name', async () => {
    assert.equal(await fix('terraform', 'main.tf', `provider "stripe" {\n  api_key = "${SK}"\n}\n`, ['STRIPE_API_KEY']),
      `provider "stripe" {\n  api_key = var.stripe_api_key\n}\n\nvariable "stripe_api_key" {\n  type      = string\n  sensitive = true\n}\n`);
    assert.equal(lookupInfo('terraform', 'main.tf').envName('STRIPE_API_KEY'), 'TF_VAR_stripe_api_key');
    assert.match(await refusal('terraform', 'prod.tfvars', `stripe_key = "${SK}"\n`), /\.tfvars file holds values/);
    assert.match(await refusal('terraform', 'variables.tf', `variable "stripe_key" {\n  default = "${SK}"\n}\n`), /variable default must be a literal/);
  });
  it('.properties: ${NAME}', async () => {
    assert.equal(await fix('properties', 'application.properties', `stripe.secret-key=${SK}\n`, ['STRIPE_SECRET_KEY']), 'stripe.secret-key=${STRIPE_SECRET_KEY}\n');
  });
  it('.env: the value becomes a keychain reference', async () => {
    assert.equal(await fix('dotenv', '.env', `STRIPE_SECRET_KEY=${SK}\nOTHER="${SK2}"\n`), 'STRIPE_SECRET_KEY=keychain:STRIPE_SECRET_KEY\nOTHER=keychain:OTHER\n');
    assert.equal(lookupInfo('plaintext', 'config/.env.local').dotenv, true);
  });
  it('JSON, INI: no lookup, with a reason', async () => {
    const info = lookupInfo('json', 'config.json');
    assert.equal(info.supported, false);
    assert.match(info.reason!, /JSON has no way to read an environment variable/);
    assert.match(await refusal('json', 'config.json', `{ "stripeKey": "${SK}" }\n`), /JSON/);
  });
  it('YAML: the reference form of the file\'s loader, recognised by path, then by content', async () => {
    const key = `stripe:\n  secret_key: ${SK}\n`;
    assert.equal(await fix('yaml', 'src/main/resources/application-prod.yml', key, ['STRIPE_SECRET_KEY']), 'stripe:\n  secret_key: ${STRIPE_SECRET_KEY}\n');
    assert.equal(lookupInfo('yaml', 'src/main/resources/application.yml').note, undefined, 'Spring expands ${NAME}: nothing to add');
    assert.equal(lookupInfo('yaml', 'docker-compose.prod.yml').note, undefined, 'Compose expands ${NAME} from .env');
    const step = `jobs:\n  pay:\n    steps:\n      - run: ./pay\n        env:\n          STRIPE_KEY: ${SK}\n`;
    assert.equal(await fix('yaml', '.github/workflows/deploy.yml', step, ['STRIPE_KEY']), step.replace(SK, '${{ secrets.STRIPE_KEY }}'));
    assert.match(lookupInfo('yaml', '.github/workflows/deploy.yml').note!('STRIPE_KEY'), /\$\{\{ secrets\.STRIPE_KEY \}\}: add STRIPE_KEY as a repository secret/);
    const job = `deploy:\n  variables:\n    STRIPE_KEY: ${SK}\n`;
    assert.equal(await fix('yaml', '.gitlab-ci.yml', job, ['STRIPE_KEY']), job.replace(SK, '$STRIPE_KEY'));
    const glued = 'script: curl -u "abc123x:"\n';
    const at = glued.indexOf('abc123');
    const plan = await planReplacements('yaml', '.gitlab-ci.yml', glued, [{ offset: at, endOffset: at + 6, name: 'K' }]);
    assert.ok(plan.ok && plan.edits[0]!.newText === '${K}', 'a word character right after: ${K}, or $Kx would name another variable');
    const play = `- hosts: web\n  vars:\n    stripe_key: ${SK}\n`;
    assert.equal(await fix('yaml', 'deploy.yml', play, ['STRIPE_KEY']), play.replace(SK, `"{{ lookup('env', 'STRIPE_KEY') }}"`), 'a playbook by its content; quoted, or {{ would open a map');
    assert.equal(await fix('yaml', 'roles/pay/defaults/main.yml', `stripe_key: "${SK}"\n`, ['STRIPE_KEY']), `stripe_key: "{{ lookup('env', 'STRIPE_KEY') }}"\n`, 'a role by its path');
  });
  it('YAML: refuses where nothing expands a variable, saying what to use instead', async () => {
    const manifest = `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: api\n      env:\n        - name: STRIPE_KEY\n          value: ${SK}\n`;
    assert.match(await refusal('yaml', 'k8s/api.yaml', manifest), /Kubernetes does not expand.*secretKeyRef/);
    assert.equal(lookupInfo('yaml', 'k8s/api.yaml', manifest).supported, false);
    assert.match(await refusal('yaml', 'chart/values.yaml', `stripe:\n  key: ${SK}\n`), /Helm does not expand/);
  });
  it('YAML of an unknown loader: still ${NAME}, with a word that the loader must expand it', async () => {
    assert.equal(await fix('yaml', 'config/mail.yaml', `smtp:\n  password: ${SK}\n`, ['SMTP_PASSWORD']), 'smtp:\n  password: ${SMTP_PASSWORD}\n');
    assert.match(lookupInfo('yaml', 'config/mail.yaml', 'smtp: {}\n').note!('SMTP_PASSWORD'), /writes \$\{SMTP_PASSWORD\}, which works only if the program loading this file expands it/);
  });
  it('refuses names that are not environment variable names', async () => {
    const f = scan(`const k = "${SK}";\n`, 'a.ts')[0];
    const plan = await planReplacements('typescript', 'a.ts', `const k = "${SK}";\n`, [{ offset: f.offset, endOffset: f.endOffset, literal: f.literal, name: 'bad-name' }]);
    assert.equal(plan.ok, false);
  });
});
