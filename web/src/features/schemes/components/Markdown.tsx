/** The safe Markdown moved to web/src/components (decision 0012), where the volunteers' pages use it too. */
export { Markdown, parseBlocks, safeHref } from '../../../components/Markdown.tsx';
