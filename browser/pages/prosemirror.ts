// The real ProseMirror (prosemirror-* on npm) with its basic schema, lists, history and base keymap.
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { Schema } from 'prosemirror-model';
import { schema as basic } from 'prosemirror-schema-basic';
import { addListNodes } from 'prosemirror-schema-list';
import { history, undo, redo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap } from 'prosemirror-commands';

declare global {
  interface Window {
    view: EditorView;
    pmText: () => string;
  }
}

const schema = new Schema({ nodes: addListNodes(basic.spec.nodes, 'paragraph block*', 'block'), marks: basic.spec.marks });
const state = EditorState.create({ schema, plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }), keymap(baseKeymap)] });
window.view = new EditorView(document.querySelector('#editor')!, { state });
window.pmText = () => window.view.state.doc.textBetween(0, window.view.state.doc.content.size, '\n\n');
document.body.dataset.ready = 'true';
