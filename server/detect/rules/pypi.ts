// PyPI API tokens: `pypi-` + a macaroon whose base64 starts with the issuing domain, so the prefix tells
// pypi.org tokens ("AgEIcHlwaS5vcmc" = "pypi.org") from TestPyPI ones ("AgENdGVzdC5weXBpLm9yZw").
import { tokenRule } from './token-rule';

export const pypiToken = tokenRule({
  id: 'pypi-token',
  provider: 'PyPI',
  description: 'PyPI API token',
  keywords: ['pypi-ageichlwas5vcmc', 'pypi-agendgvzdc5wexbplm9yzw'],
  pattern: /\bpypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[\w-]{50,1000}/g,
  envVar: 'PYPI_TOKEN',
  docs: 'https://pypi.org/help/#apitoken',
  prefixLength: 20,
  check: (secret) =>
    secret.startsWith('pypi-AgENdGVzdC5weXBpLm9yZw')
      ? { severity: 'warning', environment: 'test', description: 'TestPyPI API token' }
      : { environment: 'live' },
});

export const pypiRules = [pypiToken];
