import { render } from 'preact';
import '../../components/theme.css';
import '../../components/first-run/first-run.css';
import { WelcomeApp } from './App';

render(<WelcomeApp />, document.getElementById('app')!);
