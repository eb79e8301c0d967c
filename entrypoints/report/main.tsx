import { render } from 'preact';
import '../../components/theme.css';
import './report.css';
import { ReportApp } from './App';

render(<ReportApp />, document.getElementById('app')!);
