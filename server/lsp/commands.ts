// `workspace/executeCommand`: the server-side half of the quick fixes, run one at a time.
import type { ExecuteCommandParams } from 'vscode-languageserver/node';
import { addToBaseline } from '../detect';
import { UserError } from '../errors';
import { Commands, type AddToBaselineArgs, type CommandResult, type MoveAllArgs, type MoveSecretArgs } from '../shared/protocol';
import { exclusive, fail, restrictedError } from './messages';
import { moveSecrets } from './move-secrets';
import { relativePath } from './paths';
import type { ServerContext } from './context';

export function executeCommand(ctx: ServerContext, params: ExecuteCommandParams): Promise<CommandResult> {
  return exclusive(() => dispatch(ctx, params));
}

async function dispatch(ctx: ServerContext, params: ExecuteCommandParams): Promise<CommandResult> {
  const arg: unknown = params.arguments?.[0];
  if (!arg || typeof arg !== 'object' || typeof (arg as { uri?: unknown }).uri !== 'string') {
    return fail(ctx, new UserError(`${params.command} needs an argument object with a uri`, 'run it from a Keywarden quick fix'));
  }
  if (ctx.restricted) return fail(ctx, restrictedError(`${params.command === Commands.addToBaseline ? 'Adding to the baseline' : 'Moving a secret'}`));
  switch (params.command) {
    case Commands.moveToKeychain:
      return moveSecrets(ctx, 'keychain', arg as MoveSecretArgs);
    case Commands.moveToDotenv:
      return moveSecrets(ctx, 'dotenv', arg as MoveSecretArgs);
    case Commands.moveAllToKeychain:
      return moveSecrets(ctx, 'keychain', arg as MoveAllArgs);
    case Commands.moveAllToDotenv:
      return moveSecrets(ctx, 'dotenv', arg as MoveAllArgs);
    case Commands.addToBaseline:
      return baseline(ctx, arg as AddToBaselineArgs);
    default:
      return fail(ctx, new UserError(`unknown command ${params.command}`));
  }
}

async function baseline(ctx: ServerContext, args: AddToBaselineArgs): Promise<CommandResult> {
  const finding = ctx.findings.get(args.uri)?.findings.find((f) => f.fingerprint === args.fingerprint);
  const { project, path } = ctx.analyzer.projectFor(args.uri);
  if (!finding || !project || !path) {
    return fail(ctx, new UserError('this finding is no longer in the document', 'save the file and try the quick fix again'));
  }
  try {
    addToBaseline(project.root, { fingerprint: finding.fingerprint, ruleId: finding.ruleId, file: relativePath(project.root, path) });
  } catch (err) {
    return fail(ctx, err);
  }
  ctx.projects.invalidate(project.root);
  ctx.recheckAll();
  return { ok: true };
}
