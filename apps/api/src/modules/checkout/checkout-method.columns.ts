import { Column, PrimaryGeneratedColumn } from 'typeorm';

// The columns shipping and payment methods share: reference data for all customers, offered by position
// while active.
export abstract class CheckoutMethodColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'int', default: 0 })
  position: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;
}
