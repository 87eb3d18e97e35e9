import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

// A volume price from minQuantity units on: public when companyId is null, else for that company only.
@Entity('tier_prices')
export class TierPrice {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  productId: string;

  @Column({ type: 'uuid', nullable: true })
  companyId: string | null;

  @Column({ type: 'int' })
  minQuantity: number;

  @Column({ type: 'numeric', precision: 14, scale: 4 })
  unitPrice: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
