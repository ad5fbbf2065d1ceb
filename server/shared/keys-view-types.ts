// What the Keys sidebar shows, computed on the server (plain data, sent over LSP as JSON) so every editor and
// the tests see the same model. Never holds a secret value: names, metadata and fingerprints only.

/** A key's state as the vault judges it (`dueState`) and the sidebar shows it. */
export type DueState = 'exposed' | 'ok' | 'due-soon' | 'overdue' | 'expired' | 'rotating' | 'suspended' | 'revoked';

/** How long a rotated key's previous value stays valid before it is due to be revoked: the vault's default and the rotate dialog's. */
export const DEFAULT_OVERLAP_DAYS = 7;

/** The vault's display states, most urgent first (the order of the groups and of the sort). */
export const dueStates: readonly DueState[] = ['exposed', 'expired', 'overdue', 'due-soon', 'rotating', 'ok', 'suspended', 'revoked'];

export type GroupBy = 'state' | 'environment';

export interface TooltipField {
  label: string;
  value: string;
}

export interface KeyItem {
  kind: 'key';
  name: string;
  environment: string;
  provider: string;
  state: DueState;
  /** The due date in words: "overdue by 5 days", "due in 12 days", "rotating: finish by 3 Dec to revoke the old key". */
  description: string;
  /** Codicon id for the provider's family (`credit-card`, `github`, …), `key` when unknown. */
  icon: string;
  /** `key.<state>`: what menus' `viewItem` clauses match. */
  contextValue: string;
  /** ISO date (YYYY-MM-DD) the key is due, when it has one. */
  dueDate?: string;
  tooltip: TooltipField[];
}

export interface KeyGroup {
  kind: 'group';
  /** `state:overdue` or `environment:production`. */
  id: string;
  label: string;
  /** Codicon id for the group. */
  icon: string;
  items: KeyItem[];
}

/** The inventory could not be read: shown as one item that opens the file at the fault. */
export interface InventoryErrorItem {
  kind: 'error';
  message: string;
  hint?: string;
  /** Absolute path of the inventory file. */
  file: string;
  /** 0-based line of the fault, like LSP positions (0 when the vault could not tell). */
  line: number;
}

export interface KeysView {
  groupBy: GroupBy;
  groups: KeyGroup[];
  /** Keys committed to git, to rotate now: the status bar counts them first. */
  exposedCount: number;
  /** Keys past their rotation date or expired: the status bar's count. */
  overdueCount: number;
  /** Keys due within the due-soon window: what the daily notification is about. */
  dueSoonCount: number;
  error?: InventoryErrorItem;
}
