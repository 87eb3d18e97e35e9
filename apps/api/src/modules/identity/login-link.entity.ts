import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

// A user's bookmarkable login link. One per user: regenerating replaces the hash, so the old link dies.
@Entity('login_links')
export class LoginLink {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  tokenHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
