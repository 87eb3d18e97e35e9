import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

import { LoginTarget } from '../identity/login-target';

// The operator's shop-wide settings: a single row (its key can only be true).
@Entity('portal_settings')
export class PortalSettings {
  @PrimaryColumn({ type: 'boolean', default: true })
  id: boolean;

  // "Individual login link" feature toggle: off, no link signs anyone in.
  @Column({ type: 'boolean', default: false })
  loginLinksEnabled: boolean;

  // Where people land after sign-in when neither they nor their company's admin chose.
  @Column({ type: 'text', nullable: true })
  defaultLoginTarget: LoginTarget | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
