export { Field, describedBy } from '../../credit-admin/components/Fields.tsx';
