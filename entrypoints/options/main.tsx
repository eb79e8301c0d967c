// First: zod must be jitless before any schema parses (lib/zod-setup.ts).
import '../../lib/zod-setup';
import { render } from 'preact';
import '../../components/theme.css';
import '../../components/editor/editor.css';
import '../../components/options/options.css';
import { OptionsApp } from './App';

render(<OptionsApp />, document.getElementById('app')!);
