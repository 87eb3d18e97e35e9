import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

// A device/browser login. Access tokens name the session, so ending it takes effect on the next request.
@Entity('sessions')
export class Session {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  // The company the session acts for; null for reps (until they act as an employee) and operators.
  @Column({ type: 'uuid', nullable: true })
  activeCompanyId: string | null;

  // Hash of the current refresh secret. Presenting an older one ends the session (token reuse).
  @Column({ type: 'text' })
  refreshTokenHash: string;

  @Column({ type: 'text', nullable: true })
  userAgent: string | null;

  @Column({ type: 'text', nullable: true })
  ipAddress: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  lastActiveAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
