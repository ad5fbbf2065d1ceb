import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'generic-token': {
    tps: [
      'const accessToken = "Zx8Lq2Rk7Wm4Pt9Vb3Nc6HdJ";',
      'AUTH_TOKEN=Rk7Wm4Pt9Vb3Nc6HdJZx8Lq2',
      '//registry.example.org/:_authToken=6f1e9a2c-4b7d-4e3f-9a8c-1d2b3c4e5f60',
      'fetch(url, { headers: { Authorization: "Bearer q9Lz2Wm8Rx4Tp7Vb1Nc6JfK3" } })',
      'refresh_token: "1//0gLq8Zr7mW3xP5tV1bN6c9f4k2"',
      'session:\n  token: Wm8Rx4Tp7Vb1Nc6JfK3q9Lz2\n',
    ],
    fps: [
      '<add assembly="System.Web.Extensions, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35" />',
      'const token = await getToken();',
      'token = os.environ.get("GITHUB_TOKEN")',
      'GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }}',
      '"tokenizer": "bert-base-uncased-whole-word"',
      'max_tokens: 4096',
      'token_type: "bearer"',
      'token_url = "https://oauth2.googleapis.com/token"',
      '"author": "Jane Doe <jane@example.com>"',
      'Authorization: Bearer <TOKEN>',
      'const token = localStorage.getItem("token");',
      'auth: true',
      'csrf_token = "e3b0c44298fc1c149afbf4c8996fb924"',
      '<AuthenticationStatement AuthenticationInstant="2002-04-18T16:56:53Z" AuthenticationMethod="urn:mace:shibboleth">',
      'auth_token_issued = "2026-11-22T08:15:30.123+01:00"',
      '_M_token = _S_token_subexpr_no_group_begin;',
      '    oauth_token="ad180jjd733klru7",',
      '{"access_token":"2YotnFZFEjr1zCsicMWpAA", "token_type":"example"}',
      "    '?tokena=A&amp;tokenb=B\">package_name-0.1.2.tar.gz'",
      '            "-auth=anonymous:$FROM_EMAIL",',
    ],
  },
};
