import { render } from 'preact';
import '../../ui/app.css';
import './popup.css';
import { Popup } from './popup.tsx';

render(<Popup />, document.getElementById('app') as HTMLElement);
