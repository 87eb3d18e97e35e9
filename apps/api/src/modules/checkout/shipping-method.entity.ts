import { Column, Entity } from 'typeorm';

import { CheckoutMethodColumns } from './checkout-method.columns';

@Entity('shipping_methods')
export class ShippingMethod extends CheckoutMethodColumns {
  @Column({ type: 'numeric', precision: 14, scale: 2 })
  price: string;

  @Column({ type: 'char', length: 3, default: 'EUR' })
  currency: string;
}
