<?php
return [
    'mailgun' => [
        'domain' => 'mg.acme-corp.io',
        'secret' => '6d2bb9802369d01d6f9ba9d77e9ad9ce-aab2eb02-cae4e38f',
    ],
    'redis' => [
        'host' => '127.0.0.1',
        'password' => 'tIynOOQY0B8Gerv2',
    ],
    'ldap' => ['bind_password' => env('LDAP_PASSWORD')],
];
