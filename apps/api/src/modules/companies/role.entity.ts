import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { Permission } from '../../common/auth/permission';

// A named bundle of permissions inside one company.
@Entity('roles')
export class Role {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  companyId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', array: true })
  permissions: Permission[];

  // Preset roles (Buyer, Viewer, Finance, Purchasing lead) exist in every company.
  @Column({ type: 'boolean', default: false })
  isPreset: boolean;
}
