import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

// A one-time link that lets an invited employee set their first password. Only the token's hash is stored.
@Entity('invitations')
export class Invitation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  membershipId: string;

  @Column({ type: 'uuid', nullable: true })
  invitedById: string | null;

  @Column({ type: 'text' })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  // Set when a newer invite for the same membership replaces this one.
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
