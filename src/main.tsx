import { render } from 'preact';
import { App } from './ui/App';
import '../styles/app.css';

render(<App />, document.getElementById('app')!);
// What the planner kept on this device (imported sites, drawings) comes back once the atlas has loaded. Its code
// (the store, the import pipeline's client, the analysis engine) is not needed to draw the first map: it loads beside it.
void import('./state/keptActions').then((m) => m.startKeeping());
