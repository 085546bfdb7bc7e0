import './app/no-eval';
import './ui/styles.css';
import { start } from './app/start';

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root element');
start(root);
