// `keywarden audit [--json]` and `keywarden audit verify`: read and check the hash-chained audit log.
import { UserError } from '../../errors';
import { AUDIT_PATH, readAudit, verifyAudit, type AuditProblem } from '../../vault/audit';
import { HEAD_PATH, WRITERS_PATH } from '../../vault/audit-signing';
import { parseCommandArgs, type OptionDefs } from '../args';
import type { CliCommand } from '../command';
import { openCliVault, rootHelp, rootOption, table } from './common';

const options = { json: { type: 'boolean' }, ...rootOption } as const satisfies OptionDefs;

export const auditCommand: CliCommand = {
  name: 'audit',
  help: `Usage: keywarden audit [--json]
       keywarden audit verify [--json]

${AUDIT_PATH} records every add, reveal, rotate, finish, revoke, suspend, resume, import and run with
the key names, user and host (never a value). Each entry holds the hash of the one before it and is signed
with the writer's device key (Ed25519, kept in the OS keychain; public keys in ${WRITERS_PATH}); the newest
is recorded, signed, in ${HEAD_PATH}. \`audit verify\` says who signed which entries and finds (by line)
an entry edited, forged or signed by an unlisted key, removed, inserted or reordered, and a log cut short
at the end, and exits 1. Entries written before signing are listed as unsigned. Commit the three files.

Options:
  --json                    Entries (or the verification) as JSON
${rootHelp}

Exit codes: 0 ok, 1 verify found tampering, 2 usage error.
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('audit', args, options);
    if (positionals.length > 1 || (positionals[0] && positionals[0] !== 'verify')) {
      throw new UserError(`unknown subcommand 'audit ${positionals.join(' ')}'`, 'Use `keywarden audit` or `keywarden audit verify`.');
    }
    const vault = openCliVault(io, values.root);
    if (positionals[0] === 'verify') {
      const result = await verifyAudit(vault.root);
      if (values.json) io.stdout.write(JSON.stringify(result, null, 2) + '\n');
      else {
        if (result.ok) io.stdout.write(`${AUDIT_PATH}: ${result.entries} entr${result.entries === 1 ? 'y' : 'ies'}, chain intact${result.signers?.length ? ', signatures valid' : ''}.\n`);
        else {
          io.stdout.write(`${AUDIT_PATH}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}:\n`);
          for (const p of result.problems) io.stdout.write(`  line ${p.line}: ${p.problem}\n`);
        }
        for (const s of result.signers ?? []) io.stdout.write(`  signed by ${s.name} (${s.id}): line${s.lines.length === 1 ? '' : 's'} ${ranges(s.lines)}\n`);
        if (result.unsigned?.length) io.stdout.write(`  unsigned: line${result.unsigned.length === 1 ? '' : 's'} ${ranges(result.unsigned)}\n`);
      }
      return result.ok ? 0 : 1;
    }
    const problems: AuditProblem[] = [];
    const entries = await readAudit(vault.root, problems);
    // A bad line is named and skipped: the rest of the log is still worth reading.
    for (const p of problems) io.stderr.write(`keywarden audit: warning: ${AUDIT_PATH} line ${p.line}: ${p.problem}; skipped (\`keywarden audit verify\` checks the chain)\n`);
    if (values.json) {
      io.stdout.write(JSON.stringify(entries, null, 2) + '\n');
      return 0;
    }
    if (entries.length === 0) {
      io.stdout.write('The audit log is empty.\n');
      return 0;
    }
    io.stdout.write(table([
      ['WHEN', 'ACTION', 'KEYS', 'BY', 'DETAILS'],
      ...entries.map((e) => [
        e.ts.replace('T', ' ').slice(0, 19), e.action, e.names.join(', ') || '-', `${e.user}@${e.host}`,
        Object.entries(e.details).map(([k, v]) => `${k}=${v}`).join(' '),
      ]),
    ]));
    return 0;
  },
};

/** 1-3, 5, 7-9 */
function ranges(lines: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === (lines[j] ?? NaN) + 1) j++;
    out.push(j > i ? `${lines[i]}-${lines[j]}` : `${lines[i]}`);
    i = j;
  }
  return out.join(', ');
}
