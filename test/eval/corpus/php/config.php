<?php
// Application configuration for the WordPress bridge.
return [
    'db' => [
        'dsn' => 'mysql:host=mysql.prod.acme-corp.io;dbname=wp;charset=utf8mb4',
        'username' => 'wp',
        'password' => 'Sunshine2024!',
    ],
    'redis' => [
        'host' => 'cache.prod.acme-corp.io',
        'password' => getenv('REDIS_PASSWORD'),
    ],
    'validation' => [
        'password' => 'required|string|min:12|confirmed',
        'password_confirmation' => 'required|same:password',
    ],
    'messages' => [
        'password.min' => 'The password must be at least 12 characters.',
    ],
];
