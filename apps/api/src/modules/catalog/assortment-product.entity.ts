import { Entity, PrimaryColumn } from 'typeorm';

// A product a restricted company may see and buy (see CatalogSettings.restrictedAssortment).
@Entity('assortment_products')
export class AssortmentProduct {
  @PrimaryColumn({ type: 'uuid' })
  companyId: string;

  @PrimaryColumn({ type: 'uuid' })
  productId: string;
}
