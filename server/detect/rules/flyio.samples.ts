import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const TOKEN = 'FlyV1 fm2_lJPEykiULjawj4imHgM5pw/uISk1Ka3ClVcbISIfy7Yys06uSxc3lC6sHxOnUNxQ2cVO1flwPLcmve3mRdBOLHNqB2QlM8VcvBAvMMi4ewSrhpWIZ0eTiN1vcGZrhlLQ+hk//CMGw8LE8kRDHwsByFNDhlnfJ3MXxUcW21sO/X1gDsNz23lNUJUmO+ct5pexqYGsXiNSqaXi,fm2_lJPET2+jJQQ/bxHQG0Uuup5sMBHYyRpaxp1cMDu3CWVuuYqqwH8kF1X21YRU6R7LP67qf5aoHjN1zvWnMXN5';

export const samples: RuleSamples = {
  'flyio-token': {
    tps: [...snippets(TOKEN, 'FLY_API_TOKEN'), 'FLY_API_TOKEN=fo1_r8J7Ui3O108Lpfc4jMJu0a758cwgYIaOhmYsf5H2d4o'],
    fps: [...placeholders('FlyV1 fm2_', 'FLY_API_TOKEN', 120), 'FLY_API_TOKEN="FlyV1 fm2_lJPE..."'],
  },
};
