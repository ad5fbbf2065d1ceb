// Third-party integrations of the storefront.
export const integrations = {
  googleAccessToken: 'ya29.a0N6d_XCywavlUq9R6QCwkjakkqqAL7k9SqE0L2BOocKEjfJyyH4pCvLkZNXHZE2vzItSZwXNUgWOJxB9HG30_di6Zaujo0Yyg1fVg9OJBFG5B-CwzERDvHTcNXU8A8RxmjFkgT2aMQnVsCRanUiinCq',
  mapboxSecret: 'sk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6ImNstYtN6g2gUNmtXuQ529mz.H9q1tjLrf-4ewVjnTWiKM0',
  datadogApiKey: '0993b1799cf9d26f49bb1e18cc60f9b1',
  clickupToken: 'pk_12744953_S4DPJPZZAYB2Q73EN4D7MGL6O0XV0L18',
  postmarkServerToken: '0f6292b4-08c2-4bcf-adf8-54c6f0fbc3a3',
  sessionJwt: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIzYWVkOGRiZGE5NmIiLCJpYXQiOjE3MTYyMzkwMjJ9.WSCoFj2TC73SA9BF8QHlywhOaByBxdepHrPEg6mCaxU',
  analyticsSiteId: 'f2a9c4e1-7b3d-4c8a-9e6f-1d5b8a2c7e4f',
};
