import type { Rule } from 'eslint';

declare const ownTablesOnly: Rule.RuleModule;
export default ownTablesOnly;
