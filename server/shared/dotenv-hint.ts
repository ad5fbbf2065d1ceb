// The one sentence for a value in a git-ignored .env, where Keywarden itself may have put it: not a problem
// to fix, a hint. The diagnostic, the Findings view, the status bar and the scan message all say it this way.
export const DOTENV_HINT = 'plain text on disk; the keychain is safer';
