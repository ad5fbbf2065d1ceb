// PyPI API tokens: `pypi-` + a macaroon whose base64 starts with the issuing domain, so the prefix tells
// pypi.org tokens ("AgEIcHlwaS5vcmc" = "pypi.org") from TestPyPI ones ("AgENdGVzdC5weXBpLm9yZw").
import { placeholders, snippets, tokenRule } from './token-rule';

const TOKEN =
  'pypi-AgEIcHlwaS5vcmcCJDqmTOvD7FXfJPuNATd6bQg50c2DkjZD5Vt8qXuMzhUNTb7uvaAm-DY7Y52LlICgzzAGTXIVYd61-RvGmE-R-6UP2d5JjNt4nAcZGEkVuIdmtl1uQUK_1SWkeFh6JbB-VolPSHmHNt4QC-fTBbTNmB3y';
const TEST_TOKEN =
  'pypi-AgENdGVzdC5weXBpLm9yZwIkmGNPxnvdU5z_KPDkKO0USRENqJ_mVSAO3L9JihNkmIRW0LmQNBlnpHrrRpEAcJFnrcenx7ZlXceWzZdf3VFtbKykhXL83Y4kHrV2fePJEdZCsJntTot_3lQ0sAXI3P7HwhxVCC6znPiW';

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
  samples: {
    tps: [
      ...snippets(TOKEN, 'PYPI_TOKEN'),
      `[pypi]\n  username = __token__\n  password = ${TOKEN}`,
      `TWINE_PASSWORD=${TEST_TOKEN}`,
    ],
    fps: [
      ...placeholders('pypi-AgEIcHlwaS5vcmc', 'PYPI_TOKEN', 60),
      'PYPI_TOKEN=pypi-AgEIcHlwaS5vcmc...',
      `PYPI_TOKEN=pypi-${TOKEN.slice(20, 120)}`,
    ],
  },
});

export const pypiRules = [pypiToken];
