import { MigrationInterface, QueryRunner } from 'typeorm';

// Invitations by one-time link, individual login links and the operator's portal settings.
export class InvitesLoginLinks1764400000000 implements MigrationInterface {
  name = 'InvitesLoginLinks1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- One row per invite link; only a SHA-256 of the token is kept. Open = not used, not revoked, not expired.
      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        membership_id uuid NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
        invited_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX invitations_token_hash ON invitations (token_hash);
      CREATE INDEX invitations_membership_id ON invitations (membership_id);
      CREATE INDEX invitations_invited_by_id ON invitations (invited_by_id);

      -- The person's opt-in ("Yes, I want an individual login link"); the link itself lives in login_links.
      ALTER TABLE users ADD COLUMN wants_login_link boolean NOT NULL DEFAULT false;

      -- At most one live link per user: regenerating replaces the hash, so the old link stops working.
      CREATE TABLE login_links (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX login_links_token_hash ON login_links (token_hash);

      -- The operator's settings: exactly one row (the primary key can only be true).
      CREATE TABLE portal_settings (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        login_links_enabled boolean NOT NULL DEFAULT false,
        default_login_target text,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      INSERT INTO portal_settings (id) VALUES (true);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE portal_settings, login_links, invitations;
      ALTER TABLE users DROP COLUMN wants_login_link;
    `);
  }
}
