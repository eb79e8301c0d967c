// First: zod must be jitless before any schema parses (lib/zod-setup.ts).
import '../../lib/zod-setup';
import { render } from 'preact';
import '../../components/theme.css';
import './report.css';
import { ReportApp } from './App';

render(<ReportApp />, document.getElementById('app')!);
