// Moved to src/components/monaco/monaco.ts, shared by every feature that shows code; import it from there.
export { monaco } from '@/components/monaco/monaco.ts';
