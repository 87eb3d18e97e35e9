import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

// A company's express-checkout settings: what a one-click order uses.
@Entity('checkout_defaults')
export class CheckoutDefaults {
  @PrimaryColumn({ type: 'uuid' })
  companyId: string;

  @Column({ type: 'uuid', nullable: true })
  billingAddressId: string | null;

  @Column({ type: 'uuid', nullable: true })
  shippingAddressId: string | null;

  @Column({ type: 'uuid', nullable: true })
  shippingMethodId: string | null;

  @Column({ type: 'uuid', nullable: true })
  paymentMethodId: string | null;

  @Column({ type: 'uuid', nullable: true })
  costCenterId: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
