import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('products')
export class Product {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  sku: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'uuid' })
  categoryId: string;

  @Column({ type: 'text' })
  unit: string;

  @Column({ type: 'int', default: 1 })
  packSize: number;

  @Column({ type: 'int', default: 1 })
  minQuantity: number;

  // Percent, e.g. "19.00". Decimal strings throughout: money never touches JS floats.
  @Column({ type: 'numeric', precision: 5, scale: 2 })
  taxRate: string;

  @Column({ type: 'numeric', precision: 14, scale: 4 })
  listPrice: string;

  @Column({ type: 'char', length: 3, default: 'EUR' })
  currency: string;

  @Column({ type: 'int', default: 0 })
  stock: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'text', nullable: true })
  imageUrl: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
