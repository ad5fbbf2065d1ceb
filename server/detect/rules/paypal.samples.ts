import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'paypal-client-secret': {
    tps: [
      'PAYPAL_CLIENT_SECRET=eGMQ9tg2Dvi281U6yk9daaDMCDFtiSdYWySraiNhlAl-jr3BZQ8BOYKx-5LOO-NdE2Lfl87i_1Pq7Xwd',
      'const paypalClientSecret = "eGMQ9tg2Dvi281U6yk9daaDMCDFtiSdYWySraiNhlAl-jr3BZQ8BOYKx-5LOO-NdE2Lfl87i_1Pq7Xwd";',
      '{ "paypalClientSecret": "eGMQ9tg2Dvi281U6yk9daaDMCDFtiSdYWySraiNhlAl-jr3BZQ8BOYKx-5LOO-NdE2Lfl87i_1Pq7Xwd" }',
      'paypal_client_secret: \'eGMQ9tg2Dvi281U6yk9daaDMCDFtiSdYWySraiNhlAl-jr3BZQ8BOYKx-5LOO-NdE2Lfl87i_1Pq7Xwd\'',
    ],
    fps: [
      'PAYPAL_CLIENT_SECRET=${PAYPAL_CLIENT_SECRET}',
      'PAYPAL_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxx-xxxx-xxxxxxxxxx_xxxxxxx',
      'PAYPAL_CLIENT_SECRET=eGMQ9tg2Dvi281U6yk9daaDMCDFtiSdYWySraiNh',
      'PAYPAL_ACCOUNT_ID=eGMQ9tg2Dvi281U6yk9daaDMCDFtiSdYWySraiNhlAl-jr3BZQ8BOYKx-5LOO-NdE2Lfl87i_1Pq7Xwd',
      'PAYPAL_CLIENT_SECRET_ID=eGMQ9tg2Dvi281U6yk9daaDMCDFtiSdYWySraiNhlAl-jr3BZQ8BOYKx-5LOO-NdE2Lfl87i_1Pq7Xwd',
      'const requestId = "eGMQ9tg2Dvi281U6yk9daaDMCDFtiSdYWySraiNhlAl-jr3BZQ8BOYKx-5LOO-NdE2Lfl87i_1Pq7Xwd";',
    ],
  },
};
