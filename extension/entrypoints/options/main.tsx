import { render } from 'preact';
import '../../ui/app.css';
import './options.css';
import { Options } from './options-page.tsx';

render(<Options />, document.getElementById('app') as HTMLElement);
