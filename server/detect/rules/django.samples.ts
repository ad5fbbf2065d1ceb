import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'django-insecure-secret-key': {
    tps: [
      'DJANGO_SECRET_KEY=django-insecure-t8d=ri*d#)3%1=v#dms2@81+w-g)*2^fjk!zpypcbk^+^7d9%e',
      'const djangoSecretKey = "django-insecure-t8d=ri*d#)3%1=v#dms2@81+w-g)*2^fjk!zpypcbk^+^7d9%e";',
      '{\n  "django_secret_key": "django-insecure-t8d=ri*d#)3%1=v#dms2@81+w-g)*2^fjk!zpypcbk^+^7d9%e"\n}',
      'env:\n  DJANGO_SECRET_KEY: \'django-insecure-t8d=ri*d#)3%1=v#dms2@81+w-g)*2^fjk!zpypcbk^+^7d9%e\'',
      'SECRET_KEY = \'django-insecure-t8d=ri*d#)3%1=v#dms2@81+w-g)*2^fjk!zpypcbk^+^7d9%e\'',
    ],
    fps: [
      'DJANGO_SECRET_KEY=django-insecure-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'DJANGO_SECRET_KEY=django-insecure-your_token_here',
      'const djangoSecretKey = process.env.DJANGO_SECRET_KEY;',
      'DJANGO_SECRET_KEY=django-insecure-t8d=ri*d#)3%1=v#dms2@81+w',
      'DJANGO_SECRET_KEY=t8d=ri*d#)3%1=v#dms2@81+w-g)*2^fjk!zpypcbk^+^7d9%e',
    ],
  },
  'django-secret-key': {
    tps: [
      'DJANGO_SECRET_KEY=47%p2yv4l39_7)9n^1f_zg#g21nry$kg(mia_1z(t0c=zt-v4x',
      'const djangoSecretKey = "47%p2yv4l39_7)9n^1f_zg#g21nry$kg(mia_1z(t0c=zt-v4x";',
      '{ "djangoSecretKey": "47%p2yv4l39_7)9n^1f_zg#g21nry$kg(mia_1z(t0c=zt-v4x" }',
      'django_secret_key: \'47%p2yv4l39_7)9n^1f_zg#g21nry$kg(mia_1z(t0c=zt-v4x\'',
    ],
    fps: [
      'DJANGO_SECRET_KEY=${DJANGO_SECRET_KEY}',
      'DJANGO_SECRET_KEY=xx%xxxxxxxx_x)xx^xx_xx#xxxxxx$xx(xxx_xx(xxx=xx-xxx',
      'DJANGO_SECRET_KEY=47%p2yv4l39_7)9n^1f_zg#g2',
      'DJANGO_ACCOUNT_ID=47%p2yv4l39_7)9n^1f_zg#g21nry$kg(mia_1z(t0c=zt-v4x',
      'DJANGO_SECRET_KEY_ID=47%p2yv4l39_7)9n^1f_zg#g21nry$kg(mia_1z(t0c=zt-v4x',
      'const requestId = "47%p2yv4l39_7)9n^1f_zg#g21nry$kg(mia_1z(t0c=zt-v4x";',
    ],
  },
};
