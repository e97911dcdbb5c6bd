// The real Lexical (lexical on npm) with rich text and history, as a plain page would wire it.
import { createEditor, $getRoot, $getSelection, $createParagraphNode, $createTextNode, type LexicalEditor } from 'lexical';
import { registerRichText } from '@lexical/rich-text';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';

declare global {
  interface Window {
    lexical: LexicalEditor;
    lexicalText: () => string;
    lexicalLoad: (paragraphs: string[]) => void;
    lexicalInsert: (text: string) => void;
  }
}

const editor = createEditor({ namespace: 'helpdesk', onError: (error) => { throw error; } });
editor.setRootElement(document.getElementById('editor'));
registerRichText(editor);
registerHistory(editor, createEmptyHistoryState(), 300);
window.lexical = editor;
window.lexicalText = () => editor.getEditorState().read(() => $getRoot().getTextContent());
window.lexicalLoad = (paragraphs) =>
  editor.update(() => {
    const root = $getRoot();
    root.clear();
    for (const p of paragraphs) root.append($createParagraphNode().append($createTextNode(p)));
  });
// A helpdesk macro: text inserted at the caret through the editor's API.
window.lexicalInsert = (text) => editor.update(() => $getSelection()?.insertText(text));
document.body.dataset.ready = 'true';
