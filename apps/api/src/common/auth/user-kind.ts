// What kind of login a user is. Lives in common/ because the request context (the ground floor) needs
// it as much as the identity module does.
export enum UserKind {
  EMPLOYEE = 'employee',
  SALES_REP = 'sales_rep',
  OPERATOR = 'operator',
}
