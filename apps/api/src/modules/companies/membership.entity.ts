import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
