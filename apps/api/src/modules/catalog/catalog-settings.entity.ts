import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export enum ProductNumberDisplay {
  HIDDEN = 'hidden',
  ADDITIONAL = 'additional',
  REPLACING = 'replacing',
}

// Per-company catalog settings. No row means the defaults: whole catalog, own numbers shown next to the SKU.
@Entity('company_catalog_settings')
export class CatalogSettings {
  @PrimaryColumn({ type: 'uuid' })
  companyId: string;

  @Column({ type: 'boolean', default: false })
  restrictedAssortment: boolean;

  @Column({ type: 'text', default: ProductNumberDisplay.ADDITIONAL })
  productNumberDisplay: ProductNumberDisplay;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
