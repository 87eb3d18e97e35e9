import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum CompanyKind {
  B2B = 'b2b',
  B2C = 'b2c',
}

@Entity('companies')
export class Company {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  customerNumber: string;

  @Column({ type: 'text' })
  name: string;

  // B2C customers cannot be impersonated by reps.
  @Column({ type: 'text' })
  kind: CompanyKind;

  @Column({ type: 'text', nullable: true })
  city: string | null;

  @Column({ type: 'text' })
  countryCode: string;

  @Column({ type: 'char', length: 3, default: 'EUR' })
  currency: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
