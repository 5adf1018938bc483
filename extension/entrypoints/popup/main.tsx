import { render } from 'preact';

render(<main>Mekong Lens</main>, document.getElementById('app') as HTMLElement);
