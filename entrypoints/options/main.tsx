import { render } from 'preact';
import '../../components/theme.css';
import '../../components/editor/editor.css';
import '../../components/options/options.css';
import { OptionsApp } from './App';

render(<OptionsApp />, document.getElementById('app')!);
