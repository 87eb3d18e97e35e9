import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

// Which customers a (non-supervisor) sales rep serves.
@Entity('rep_assignments')
export class RepAssignment {
  @PrimaryColumn({ type: 'uuid' })
  repId: string;

  @PrimaryColumn({ type: 'uuid' })
  companyId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
