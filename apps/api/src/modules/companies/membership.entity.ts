import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { LoginTarget } from '../identity/login-target';
import type { User } from '../identity/user.entity';

// A user's employment at one company: either admin (no role) or a role.
@Entity('memberships')
export class Membership {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'uuid' })
  companyId: string;

  @Column({ type: 'boolean', default: false })
  isAdmin: boolean;

  @Column({ type: 'uuid', nullable: true })
  roleId: string | null;

  @Column({ type: 'text', nullable: true })
  department: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  // Set by the company's admin; the user's own choice (users.login_target) wins.
  @Column({ type: 'text', nullable: true })
  loginTarget: LoginTarget | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  // Filled by list queries that join the person (innerJoinAndMapOne); not a column.
  user?: User;
}
