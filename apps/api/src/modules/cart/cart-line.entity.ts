import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

// No prices here: a cart is always priced at today's conditions when read and again at checkout.
@Entity('cart_lines')
export class CartLine {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  cartId: string;

  @Column({ type: 'uuid' })
  productId: string;

  @Column({ type: 'int' })
  quantity: number;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
