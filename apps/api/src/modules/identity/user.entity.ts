import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

import { UserKind } from '../../common/auth/user-kind';
import { LoginTarget } from './login-target';

// One login identity. An employee reaches companies through memberships; a rep through assignments.
@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  passwordHash: string;

  @Column({ type: 'text', nullable: true })
  salutation: string | null;

  @Column({ type: 'text' })
  firstName: string;

  @Column({ type: 'text' })
  lastName: string;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text' })
  kind: UserKind;

  // Supervisors are reps who see every customer and every offer.
  @Column({ type: 'boolean', default: false })
  isSupervisor: boolean;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'uuid', nullable: true })
  preferredCompanyId: string | null;

  // The user's own choice; overrides the per-company target an admin set on the membership.
  @Column({ type: 'text', nullable: true })
  loginTarget: LoginTarget | null;

  // "Yes, I want an individual login link"; turning it off deletes the link.
  @Column({ type: 'boolean', default: false })
  wantsLoginLink: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
