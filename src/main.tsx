import { render } from 'preact';
import { App } from './ui/App';
import { startKeeping } from './state/keptActions';
import '../styles/app.css';

render(<App />, document.getElementById('app')!);
// What the planner kept on this device (imported sites) comes back once the atlas has loaded.
void startKeeping();
