import { RepCustomerList } from '../modules/sales/components/RepCustomerList';

export function CustomersPage() {
  return <RepCustomerList />;
}
