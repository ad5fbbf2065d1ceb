<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp_prod' );
define( 'DB_PASSWORD', 'vD959_ElHOr48' );
define( 'DB_HOST', 'mysql.acme.local' );
define( 'AUTH_KEY',         'PIN0[|)G.HV%Ws%E|D0AIEIF1HDm00Z,%R1g#oOvt!:h.k}*,QI#@;4hUMa=?mjM' );
define( 'WP_DEBUG', false );
