import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

// A price agreed with one company for one product, valid in [validFrom, validTo).
@Entity('contract_prices')
export class ContractPrice {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  companyId: string;

  @Column({ type: 'uuid' })
  productId: string;

  @Column({ type: 'numeric', precision: 14, scale: 4 })
  unitPrice: string;

  @Column({ type: 'timestamptz' })
  validFrom: Date;

  @Column({ type: 'timestamptz', nullable: true })
  validTo: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
