// The real CKEditor 5 (ckeditor5 on npm), as a helpdesk embeds it. ?dir=rtl&lang=ar gives an Arabic reply box.
import { ClassicEditor, Essentials, Paragraph, Bold, Italic, List, Link, Autosave } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';

declare global {
  interface Window {
    editor: ClassicEditor;
    autosaved: string[];
  }
}

const params = new URLSearchParams(location.search);
window.autosaved = [];
const rtl = params.get('dir') === 'rtl';
ClassicEditor.create(document.querySelector<HTMLElement>('#editor')!, {
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph, Bold, Italic, List, Link, Autosave],
  toolbar: ['undo', 'redo', '|', 'bold', 'italic', 'link', 'bulletedList', 'numberedList'],
  language: rtl ? { ui: 'en', content: 'ar' } : 'en',
  // The helpdesk's draft autosave: it must see a rewrite the extension applies.
  autosave: { waitingTime: 100, save: (editor) => { window.autosaved.push(editor.getData()); return Promise.resolve(); } },
}).then((editor) => {
  window.editor = editor;
  document.body.dataset.ready = 'true';
});
