-- Seed data for the staging environment.
INSERT INTO users (id, email, password_hash, role) VALUES
  ('c31d2856-fbc0-437e-af6b-e7026fbee746', 'ops@acme-corp.io', '$2b$12$Vhhr01cx82K/u8EHEpNdY916D2z82GFGS9Xci0NvlQwVQJCxAVadn', 'admin'),
  ('68b1e20f-1fd1-480c-be4d-9d97ac0b9b23', 'support@acme-corp.io', '$2b$12$p7FZXAud5BHuCMiW4uiuVDKj6IrWNbTJJEqc.ZIv4l/kafjW3gaAi', 'support');
-- The password_hash column holds bcrypt hashes ('$2b$' prefix, cost 12); see docs/auth.md.
