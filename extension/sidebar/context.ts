// What the sidebar's command factories share.
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Logger } from '../../server/shared/logger';
import type { FindingsTree } from './findings-tree';
import type { KeysTree } from './keys-tree';

export interface SidebarContext {
  extension: vscode.ExtensionContext;
  client: LanguageClient;
  log: Logger;
  keys: KeysTree;
  findings: FindingsTree;
}

export type Cmd = (...args: unknown[]) => unknown;
