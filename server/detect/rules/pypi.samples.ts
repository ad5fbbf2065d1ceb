import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const TOKEN =
  'pypi-AgEIcHlwaS5vcmcCJDqmTOvD7FXfJPuNATd6bQg50c2DkjZD5Vt8qXuMzhUNTb7uvaAm-DY7Y52LlICgzzAGTXIVYd61-RvGmE-R-6UP2d5JjNt4nAcZGEkVuIdmtl1uQUK_1SWkeFh6JbB-VolPSHmHNt4QC-fTBbTNmB3y';
const TEST_TOKEN =
  'pypi-AgENdGVzdC5weXBpLm9yZwIkmGNPxnvdU5z_KPDkKO0USRENqJ_mVSAO3L9JihNkmIRW0LmQNBlnpHrrRpEAcJFnrcenx7ZlXceWzZdf3VFtbKykhXL83Y4kHrV2fePJEdZCsJntTot_3lQ0sAXI3P7HwhxVCC6znPiW';

export const samples: RuleSamples = {
  'pypi-token': {
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
};
