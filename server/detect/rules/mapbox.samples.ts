import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'mapbox-secret-token': {
    tps: [
      'MAPBOX_DOWNLOADS_TOKEN=sk.eyJ1IjoiZGV2LXVzZXIiLCJhIjoiY2x4OWs0ZzJhMGJ2dzJrcHR3ZGZ2bDBxNSJ9._ZgseVDA9GQ-Y78iLTBMoj',
      "mapboxgl.accessToken = 'sk.eyJ1IjoiZGV2LXVzZXIiLCJhIjoiY2x4OWs0ZzJhMGJ2dzJrcHR3ZGZ2bDBxNSJ9._ZgseVDA9GQ-Y78iLTBMoj';",
    ],
    fps: [
      "mapboxgl.accessToken = 'pk.eyJ1IjoiZGV2LXVzZXIiLCJhIjoiY2x4OWs0ZzJhMGJ2dzJrcHR3ZGZ2bDBxNSJ9._ZgseVDA9GQ-Y78iLTBMoj';",
      'MAPBOX_SECRET_TOKEN=sk.eyJxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxx',
      'MAPBOX_SECRET_TOKEN=sk.your-secret-token',
    ],
  },
  'mapbox-temporary-token': {
    tps: ['MAPBOX_ACCESS_TOKEN=tk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6Ik54TXpxYlA5cFNzSEYzWXZWRk5iNWpNdzcifQ.5slMyWAYYzZ4sxw9v3YHw8', "mapboxgl.accessToken = 'tk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6Ik54TXpxYlA5cFNzSEYzWXZWRk5iNWpNdzcifQ.5slMyWAYYzZ4sxw9v3YHw8';"],
    fps: [
      "mapboxgl.accessToken = 'pk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6Ik54TXpxYlA5cFNzSEYzWXZWRk5iNWpNdzcifQ.5slMyWAYYzZ4sxw9v3YHw8';",
      'MAPBOX_ACCESS_TOKEN=tk.eyJhbGciOiJIUzI1NiJ9.5slMyWAYYzZ4sxw9v3YHw8abc',
      'MAPBOX_ACCESS_TOKEN=tk.<temporary token>',
    ],
  },
};
