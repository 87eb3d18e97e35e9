import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

// An entry of a company's address book; checkout copies it onto the order as a snapshot.
@Entity('company_addresses')
export class CompanyAddress {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  companyId: string;

  @Column({ type: 'text', nullable: true })
  label: string | null;

  @Column({ type: 'text' })
  companyName: string;

  @Column({ type: 'text', nullable: true })
  contactName: string | null;

  @Column({ type: 'text' })
  street: string;

  @Column({ type: 'text' })
  postalCode: string;

  @Column({ type: 'text' })
  city: string;

  @Column({ type: 'text' })
  countryCode: string;

  @Column({ type: 'boolean', default: true })
  isBilling: boolean;

  @Column({ type: 'boolean', default: true })
  isShipping: boolean;

  @Column({ type: 'boolean', default: false })
  isDefaultBilling: boolean;

  @Column({ type: 'boolean', default: false })
  isDefaultShipping: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
