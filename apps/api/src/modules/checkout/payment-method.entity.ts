import { Entity } from 'typeorm';

import { CheckoutMethodColumns } from './checkout-method.columns';

@Entity('payment_methods')
export class PaymentMethod extends CheckoutMethodColumns {}
