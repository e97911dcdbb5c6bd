// The real Quill (quill on npm), snow theme, with its history module.
import Quill from 'quill';
import 'quill/dist/quill.snow.css';

declare global {
  interface Window {
    quill: Quill;
  }
}

window.quill = new Quill('#editor', { theme: 'snow', modules: { history: { delay: 0, userOnly: true } } });
document.body.dataset.ready = 'true';
