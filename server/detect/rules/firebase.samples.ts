import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'fcm-server-key': {
    tps: [
      'FCM_SERVER_KEY=AAAA6cpNvqE:APA91bHp7teYFyIs38oIQZ8eDqFUoz8c73Tt_tdAHY8XL-cWg6EuGZxTwiDomG7k_E2MJHTA8Irxa4MHxdzlXiaeWUtC3PdAqUKH3B8TcZhA2zA5J8t8YLUyyjyr7UW38yeYE3j8KJjQ',
      "headers: { Authorization: 'key=AAAA6cpNvqE:APA91bHp7teYFyIs38oIQZ8eDqFUoz8c73Tt_tdAHY8XL-cWg6EuGZxTwiDomG7k_E2MJHTA8Irxa4MHxdzlXiaeWUtC3PdAqUKH3B8TcZhA2zA5J8t8YLUyyjyr7UW38yeYE3j8KJjQ' }",
    ],
    fps: [
      'FCM_SERVER_KEY=AAAAxxxxxxx:APA91bxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'FCM_SERVER_KEY=AAAA6cpNvqE:APA91b...',
    ],
  },
};
