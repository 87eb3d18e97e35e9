import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

// Product data is copied onto the line: an order shows what was bought, even after the catalog changes.
@Entity('order_lines')
export class OrderLine {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  orderId: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'uuid' })
  productId: string;

  @Column({ type: 'text' })
  sku: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'int' })
  quantity: number;

  @Column({ type: 'numeric', precision: 14, scale: 4 })
  unitPrice: string;

  @Column({ type: 'numeric', precision: 14, scale: 2 })
  netAmount: string;

  @Column({ type: 'numeric', precision: 5, scale: 2 })
  taxRate: string;

  @Column({ type: 'text', nullable: true })
  comment: string | null;
}
