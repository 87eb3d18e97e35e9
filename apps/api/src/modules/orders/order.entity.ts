import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { OrderStatus } from './order-status';

// What checkout copies onto the order; the address book may change later.
export type AddressSnapshot = {
  addressId: string | null;
  companyName: string;
  contactName: string | null;
  street: string;
  postalCode: string;
  city: string;
  countryCode: string;
};

@Entity('orders')
export class Order {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  // Human number, e.g. SO-2026-000123.
  @Column({ type: 'text' })
  number: string;

  @Column({ type: 'uuid' })
  companyId: string;

  @Column({ type: 'uuid' })
  placedById: string;

  // Set when a sales rep placed the order on the employee's behalf.
  @Column({ type: 'uuid', nullable: true })
  placedByRepId: string | null;

  @Column({ type: 'text' })
  status: OrderStatus;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'numeric', precision: 14, scale: 2 })
  netTotal: string;

  @Column({ type: 'numeric', precision: 14, scale: 2 })
  taxTotal: string;

  @Column({ type: 'numeric', precision: 14, scale: 2 })
  grossTotal: string;

  @Column({ type: 'text', nullable: true })
  purchaseOrderNumber: string | null;

  @Column({ type: 'int' })
  lineCount: number;

  // Checkout fields; null on orders placed before checkout existed (and on imported ones).
  @Column({ type: 'jsonb', nullable: true })
  billingAddress: AddressSnapshot | null;

  @Column({ type: 'jsonb', nullable: true })
  shippingAddress: AddressSnapshot | null;

  @Column({ type: 'uuid', nullable: true })
  costCenterId: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid', nullable: true })
  shippingMethodId: string | null;

  @Column({ type: 'text', nullable: true })
  shippingMethodName: string | null;

  // Net; included in netTotal.
  @Column({ type: 'numeric', precision: 14, scale: 2, default: 0 })
  shippingCost: string;

  @Column({ type: 'uuid', nullable: true })
  paymentMethodId: string | null;

  @Column({ type: 'text', nullable: true })
  paymentMethodName: string | null;

  @Column({ type: 'timestamptz' })
  placedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  shippedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
