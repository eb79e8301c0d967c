// The card lives in card/ with its pieces (text, chart, progress bar); this path stays for imports.
export { GoalCard } from './card/GoalCard';
