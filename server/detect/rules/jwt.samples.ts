import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'jwt': {
    tps: [
      "const token = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfOGYzazJtOXEiLCJvcmciOiJhY21lLXByb2QiLCJzY29wZSI6ImFkbWluIiwiaWF0IjoxNzYzODAwMDAwLCJleHAiOjQxMDI0NDQ4MDB9.07ybaun-z5QI9higdeRnTbmNnSJKtl3QLfqi7WMSsjc';",
      'SUPABASE_SERVICE_ROLE_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InhrcXZibm16cGxydHl1aW9oZ2ZkIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcwMDAwMDAwMCwiZXhwIjoyMDE1NTc2MDAwfQ.eOi2SLHnWo1-nVGOFm9-LR_m6bUoTiWJFCAhhwXBQ3o',
      'Authorization: Bearer eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImsxIn0.eyJzdWIiOiJzdmMiLCJhdWQiOiJhcGkiLCJpYXQiOjE3NjM4MDAwMDB9.J3hWWHUxBD552_DMFUgxiQqfUMcqbD_tzfGzOL7OPDPHPoyGxW9lvZegdSxPrZ1wCM0Md0ThMIWb1cyNEmiZTg',
      '{"access_token": "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJzdmMtYmF0Y2giLCJhZG1pbiI6dHJ1ZSwiaWF0IjoxNzYzODAwMDAwfQ."}',
    ],
    fps: [
      "const example = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';",
      'SUPABASE_ANON_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InhrcXZibm16cGxydHl1aW9oZ2ZkIiwicm9sZSI6ImFub24iLCJpYXQiOjE3MDAwMDAwMDAsImV4cCI6MjAxNTU3NjAwMH0.1qX5r4D6e63C17oSzdvQKtg700CzfkC-vnqbzFDB8o0',
      'token: eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJzdmMtYmF0Y2giLCJpYXQiOjE3NjM4MDAwMDB9.4gQKIhty0Fn2wGOWANE5GiSBbQtF53rDj3GALjkK1aQ',
      'JWT=eyJhbGciOiJIUzI1NiJ9.eyJ...signature',
      'token: eyJxxxxxxxxxxxxxxxxx.eyJxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxx',
    ],
  },
};
