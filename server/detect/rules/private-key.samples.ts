import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'private-key': {
    tps: [
      `-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIEf2c6WHug42aNQ2S+2GtybIfIswfvLwoUH58mLUo9L7oAoGCCqGSM49
AwEHoUQDQgAEvpCqVZr8sCYWVoRNuWAEvYRr0dEE077skKeISjy4vwz7vLYYLjBJ
briuxMX4Ez4yg2mwD8xEssKtVPd+fhrdjA==
-----END EC PRIVATE KEY-----
`,
      `const key = "-----BEGIN PRIVATE KEY-----\\nMC4CAQAwBQYDK2VwBCIEIAhjUc2tO8HV7NoMzh2n9+ykJ53EDNDG1AcD0P5+OcFK\\n-----END PRIVATE KEY-----\\n";`,
      `{
  "type": "service_account",
  "private_key": "-----BEGIN RSA PRIVATE KEY-----\\nMIICXQIBAAKBgQC2CSbBSK2xO5683Ce+IckffjcLXvgegvKdaAVmcU6J5I96dhrz\\noXGMWjHSKKkSjikGCLW1V56fTC57f/ap2sAzGFm8YjneK3iPb8e/lKvgPGcgRmcu\\nWW+dJ2mQqsmSxkTH/pI2oVB6Z//PvhIHG6qdVftGQlAULaRndfi1HJH6LwIDAQAB\\nAoGAd1qEuJJIoD4xFC9dN4K7dhSxTplUId1F6gL8F3EPR8Y+dNLfVQJziszQgbT7\\nNhlTuIsZaO8sJ9IxX/RE7JVrEnkO4aMUr5tmIln7XVU/+NsX5lpnE2QQdfKenpv9\\nHnWSRM6TmWeV6n1S/ky0pkJHNgJPnhYhNySHHmkWdwr5fNECQQDshnj/usBnYOLu\\nCYSG0IB1MRlI/JJsIgVmSg5ieyX73C5diGOcOhAIGij1C0IsY0rNJ8jSCKo8jonf\\nQVHHbITFAkEAxQYjKoEyhZw4lQ85FZ4wQO7iaH2acVNM1iZyvcTWIS7tiA+/DgEW\\nMpYYaUgMIoqVHrX2J2W08zRsNql4Xc46YwJBALMlLuRSqIQkZ/zvDIenyIP6yjHz\\ny1tHcVuGX9rLd3uJyzxgn0Gm4JmiZr8i5d4E3pUAuyQKGBaBx39nU+9+DBkCQQC1\\nbidn9r1NaER6jyAkFh2dTd3UFwXnoau58IHs2pvMxugZSVbIUJveTXWBTcVO8YrM\\nUwev0+rDotyboYej6kq9AkA/gcDFqkj5EVnd6syibcyedg6I4hlccPTmHb/Kw3Tg\\n4hdbSVUqCYuyHu8Tk/9J1mw0Xeoi5vOshVWd1uy03juu\\n-----END RSA PRIVATE KEY-----\\n"
}`,
      `-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACASOnrbr3qECSNNtHq/uIBibkKsYZ7SOe0VYqZueEMGmgAAAIgyatk7MmrZ
OwAAAAtzc2gtZWQyNTUxOQAAACASOnrbr3qECSNNtHq/uIBibkKsYZ7SOe0VYqZueEMGmg
AAAEBmqUENNP4Ou0dry8tiGPHWa6JMrLEB8ECXcUdtA+jJsxI6etuveoQJI020er+4gGJu
QqxhntI57RVipm54QwaaAAAAAAECAwQF
-----END OPENSSH PRIVATE KEY-----`,
      `const signingKey = [
  '-----BEGIN ENCRYPTED PRIVATE KEY-----',
  'MIHsMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAgr5mMCYSnevgICCAAw',
  'DAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEEFT+oFMv5hLmty84l3k+FV8EgZAz',
  'ITJZ927O5HIdw1sZJSFMfiUHfMPNuFLYI0vW0yWD1VDKLb5yzlgtZTaiVfnnamgL',
  'QND9953WiU3mtnXdHJgVVKjudCMaz6xso9neoxQjGk0F0sLl5gNrQHgCFNYL3us9',
  'tvCvPVN2Of1cl+7Qj4G5RCmatT+VT0egdUp/Qjdxv51kl+HNKjG1wLS0ATYjM5I=',
  '-----END ENCRYPTED PRIVATE KEY-----',
].join('\\n');`,
      `tls:
  key: |
    -----BEGIN EC PRIVATE KEY-----
    Proc-Type: 4,ENCRYPTED
    DEK-Info: AES-128-CBC,8D5630B8AEC571AD9C4B0F47FCC90D57

    kwgLYTKpdUciQVtZ8EGSfp+mz2oTdEyN5c9c15PLOKJQvcxrr5vyWzzr0bBN4uE9
    RAaIzrPK8dfsinu4Am/q4QbXZN3OmWgh6+ial7C2B/AgmfrIH2mm7BzxbpR5Au4v
    y5tExFBnS29vz6stXU0waJYn2Z71H2JfatNG8zAYiOE=
    -----END EC PRIVATE KEY-----`,
      `const pem =
  '-----BEGIN EC PRIVATE KEY-----\\n' +
  'MHcCAQEEIEf2c6WHug42aNQ2S+2GtybIfIswfvLwoUH58mLUo9L7oAoGCCqGSM49\\n' +
  'AwEHoUQDQgAEvpCqVZr8sCYWVoRNuWAEvYRr0dEE077skKeISjy4vwz7vLYYLjBJ\\n' +
  'briuxMX4Ez4yg2mwD8xEssKtVPd+fhrdjA==\\n' +
  '-----END EC PRIVATE KEY-----\\n';`,
      `KEY = (
    "-----BEGIN EC PRIVATE KEY-----\\n"
    "MHcCAQEEIEf2c6WHug42aNQ2S+2GtybIfIswfvLwoUH58mLUo9L7oAoGCCqGSM49\\n"
    "AwEHoUQDQgAEvpCqVZr8sCYWVoRNuWAEvYRr0dEE077skKeISjy4vwz7vLYYLjBJ\\n"
    "briuxMX4Ez4yg2mwD8xEssKtVPd+fhrdjA==\\n"
    "-----END EC PRIVATE KEY-----\\n"
)`,
      '-----BEGIN EC PRIVATE KEY-----\r\nMHcCAQEEIEf2c6WHug42aNQ2S+2GtybIfIswfvLwoUH58mLUo9L7oAoGCCqGSM49\r\nAwEHoUQDQgAEvpCqVZr8sCYWVoRNuWAEvYRr0dEE077skKeISjy4vwz7vLYYLjBJ\r\nbriuxMX4Ez4yg2mwD8xEssKtVPd+fhrdjA==\r\n-----END EC PRIVATE KEY-----\r\n',
      `-----BEGIN PGP PRIVATE KEY BLOCK-----

lFgEawNHzxYJKwYBBAHaRw8BAQdA+1jtDJPfWZEvhi6nSJ0fL3snN0mHceBCId9e
B4/9iWAAAQDwdqKW7SMpsq/565Fm5Oyanye1zWlWsmWYp/0mKI9aWBJntBNGYWtl
IDxmYWtlQGludmFsaWQ+iJAEExYIADgWIQRA+RNfS8GmHWlXye84y4o+qxO0ngUC
awNHzwIbAwULCQgHAgYVCgkICwIEFgIDAQIeAQIXgAAKCRA4y4o+qxO0nhVgAP4/
gnnL1tXL5oMyjuxgvdYYEs+ATdab3rTnd7XU0UC9OgEA/POhaPn0/Z07Q2fRnQZs
zvIDR1yb4vinOkdpIHv9jQs=
=VK4t
-----END PGP PRIVATE KEY BLOCK-----`,
      // damaged: a line lost characters; a body that does not start as its label says
      '-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIMb5g9qHCkhiCX0z/mWWnSBmuFtva7BnJA6NEabtwIkVoAoGCCqGSM49\nAwEHoUQDQgAELygYZNxlUC9Z6I4CDUydKYY7Z8hCZXiHzijjbh\ng/v3ddF2k+QQduT30SHcP1MrmE1INSq51Q==\n-----END EC PRIVATE KEY-----',
      '-----BEGIN OPENSSH PRIVATE KEY-----\nMHcCAQEEIMb5g9qHCkhiCX0z/mWWnSBmuFtva7BnJA6NEabtwIkVoAoGCCqGSM49\nAwEHoUQDQgAELygYZNxlUC9Z6I4CDUydKYY7Z8hCZXiHzijjbhQxudXXoaEHvi2g\ng/v3ddF2k+QQduT30SHcP1MrmE1INSq51Q==\n-----END OPENSSH PRIVATE KEY-----',
    ],
    fps: [
      '-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----',
      '-----BEGIN RSA PRIVATE KEY-----\n-----END RSA PRIVATE KEY-----',
      'PRIVATE_KEY="-----BEGIN PRIVATE KEY-----\\n<your private key>\\n-----END PRIVATE KEY-----"',
      '-----BEGIN PRIVATE KEY-----\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n-----END PRIVATE KEY-----',
      "if (pem.startsWith('-----BEGIN PRIVATE KEY-----')) return parsePkcs8(pem); // else '-----END PRIVATE KEY-----'",
      '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEvpCqVZr8sCYWVoRNuWAEvYRr0dEE077skKeISjy4vwz7vLYYLjBJbriuxMX4Ez4yg2mwD8xEssKtVPd+fhrdjA==\n-----END PUBLIC KEY-----',
      '-----BEGIN RSA PRIVATE KEY-----\nMHcCAQEEIEf2c6WHug42aNQ2S+2GtybIfIswfvLwoUH58mLUo9L7oAoGCCqGSM49\n-----END EC PRIVATE KEY-----',
      '-----BEGIN PRIVATE KEY-----\nVGhpcyBpcyBub3QgYSBrZXksIGp1c3QgYSBzZW50ZW5jZSBpbiBiYXNlNjQgZm9yIGRvY3Mu\n-----END PRIVATE KEY-----',
    ],
  },
  'putty-private-key': {
    tps: [
      `PuTTY-User-Key-File-3: ssh-ed25519
Encryption: none
Comment: deploy@build-01
Public-Lines: 2
AAAAC3NzaC1lZDI1NTE5AAAAIL/pG1LmlGi27KQcsEhd0TqJAeoGi3mtQQ2O1Dce
w7Q3
Private-Lines: 1
AAAAIBLFwMd39AzsKY81rx2I1NSJy7iZnaFn23rMpfWkSi7k
Private-MAC: ae9537bab34933829eb7321764c959f4ff5bfaa4483a4c79bf21617a66eb0912
`,
      `PuTTY-User-Key-File-3: ssh-ed25519\r
Encryption: aes256-cbc\r
Comment: ops@bastion\r
Public-Lines: 2\r
AAAAC3NzaC1lZDI1NTE5AAAAIL/pG1LmlGi27KQcsEhd0TqJAeoGi3mtQQ2O1Dce\r
w7Q3\r
Key-Derivation: Argon2id\r
Argon2-Memory: 8192\r
Argon2-Passes: 13\r
Argon2-Parallelism: 1\r
Argon2-Salt: bba933753da2e50de761b69935979117\r
Private-Lines: 1\r
RRkLpCGOAoTz/DsDag5dTU+34/LUQgrA0bjFZOvy88h/iibLhgGAJnjujWEsRPL6\r
Private-MAC: 53f0e54ddcc15bdfeafd3bc35e22c812113652ada116df7548b9a6b075798392\r
`,
    ],
    fps: [
      'PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: example\nPublic-Lines: 2\nAAAA...\nPrivate-Lines: 1\n...\n',
      'Load the file that starts with "PuTTY-User-Key-File-3: ssh-rsa" into Pageant.',
      'PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: rsa-key\nPublic-Lines: 1\nAAAAB3NzaC1yc2E=\nPrivate-Lines: 1\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n',
    ],
  },
};
