import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'private-key-truncated': {
    tps: [
      '{\n  "type": "service_account",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\nMIICdwIBADANBgkqhkiG9w0BAQEFAASCAmEwggJdAgEAAoGBAMmtKhR5wCKunvmi\\nV329GDBuajEO/O6Aj/Tl/Ea0QORHP71XhO+7irR+fUq0VsfDJjlfeVY3TVs+CPVi\\nlam1J/Pm4jFLV3uF9ersJ1f3a3EhsBdou4zV2LrzuiymZyhlzTOSrXudpzXnRcuJ\\n7lxrsQjkjPhqu9qjD1vEiD7loEX/AgMBAAECgYEAsXxf6B0t5lffOLqSXOope5Xw\\nhrQ2DH/AMTqlxmOkKEI76ho3t/NIoogfI7uKE8u+vAc19ZY90erKX4ofRHdVbFT1",\n  "client_email": "svc@acme.iam.gserviceaccount.com"\n}',
      '-----BEGIN PRIVATE KEY-----\nMIICdwIBADANBgkqhkiG9w0BAQEFAASCAmEwggJdAgEAAoGBAMmtKhR5wCKunvmi\nV329GDBuajEO/O6Aj/Tl/Ea0QORHP71XhO+7irR+fUq0VsfDJjlfeVY3TVs+CPVi\nlam1J/Pm4jFLV3uF9ersJ1f3a3EhsBdou4zV2LrzuiymZyhlzTOSrXudpzXnRcuJ\n7lxrsQjkjPhqu9qjD1vEiD7loEX/AgMBAAECgYEAsXxf6B0t5lffOLqSXOope5Xw\n',
    ],
    fps: [
      '-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIMb5g9qHCkhiCX0z/mWWnSBmuFtva7BnJA6NEabtwIkVoAoGCCqGSM49\nAwEHoUQDQgAELygYZNxlUC9Z6I4CDUydKYY7Z8hCZXiHzijjbhQxudXXoaEHvi2g\ng/v3ddF2k+QQduT30SHcP1MrmE1INSq51Q==\n-----END EC PRIVATE KEY-----',
      '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC...\n',
      'const header = "-----BEGIN PRIVATE KEY-----";',
      '-----BEGIN PRIVATE KEY-----\nVGhpcyBpcyBub3QgYSBrZXksIGp1c3QgYSBzZW50ZW5jZSBpbiBiYXNlNjQgZm9yIGRvY3Mu\nVGhpcyBpcyBub3QgYSBrZXksIGp1c3QgYSBzZW50ZW5jZSBpbiBiYXNlNjQgZm9yIGRvY3Mu\n',
    ],
  },
};
