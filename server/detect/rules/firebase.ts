import { defineRule } from '../rule';
import { unlessPlaceholder } from '../placeholder';

export const fcmServerKey = defineRule({
  id: 'fcm-server-key',
  provider: 'Firebase',
  description: 'Firebase Cloud Messaging legacy server key',
  keywords: ['apa91b'],
  // AAAA<7-char project key id>:APA91b<~134 base64url characters>
  pattern: /(?<![\w-])AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{120,150}(?![\w-])/g,
  envVar: 'FCM_SERVER_KEY',
  validate: unlessPlaceholder(18),
  docs: 'https://firebase.google.com/docs/cloud-messaging/migrate-v1',
});

export const firebaseRules = [fcmServerKey];
