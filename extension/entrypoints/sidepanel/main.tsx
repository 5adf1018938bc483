import { render } from 'preact';
import '../../ui/card.css';
import '../../ui/app.css';
import './sidepanel.css';
import { SidePanel } from './panel.tsx';

render(<SidePanel />, document.getElementById('app') as HTMLElement);
