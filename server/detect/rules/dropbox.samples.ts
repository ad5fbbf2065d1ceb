import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'dropbox-access-token': {
    tps: [
      'DROPBOX_ACCESS_TOKEN=sl.y_ka1ECtkoTiuexd882LFRveTIeFFDSKuU5fPemgkeI8EaGQ1NQohK00JBw3IRBa79H1ufG7hqZPa7joCNTOPRQ-zK6Ha1HvKxbMGdR1lsDlB8MYjxwGB1v6ayVCs_PTJyyEOh_xyS',
      "const dbx = new Dropbox({ accessToken: 'sl.y_ka1ECtkoTiuexd882LFRveTIeFFDSKuU5fPemgkeI8EaGQ1NQohK00JBw3IRBa79H1ufG7hqZPa7joCNTOPRQ-zK6Ha1HvKxbMGdR1lsDlB8MYjxwGB1v6ayVCs_PTJyyEOh_xyS' });",
    ],
    fps: [
      "const dbx = new Dropbox({ accessToken: 'sl.xxxxxxxx' });",
      'DROPBOX_ACCESS_TOKEN=sl.y_ka1ECtkoTiuexd882LFRveTIeFFDSKuU5fPemgkeI8EaGQ1NQohK00JBw3IRBa79H1uf',
      'DROPBOX_ACCESS_TOKEN=sl.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
};
