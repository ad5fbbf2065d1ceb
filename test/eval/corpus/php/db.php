<?php
function reportingDb(): PDO
{
    return new PDO('pgsql:host=pg.prod.acme-corp.io;dbname=reporting', 'reporting', 'Fr7kLq2Wz9mBv4');
}

function localDb(string $user, string $password): PDO
{
    return new PDO('pgsql:host=localhost;dbname=reporting', $user, $password);
}

$hash = password_hash($_POST['password'], PASSWORD_BCRYPT, ['cost' => 12]);
if (!str_starts_with($hash, '$2y$')) {
    throw new RuntimeException('unexpected hash format');
}
