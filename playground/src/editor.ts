// The editor pane: CodeMirror 6 with line numbers, highlighting per source language, and a jump to a line.
import { javascript } from '@codemirror/lang-javascript';
import { StreamLanguage, type StreamParser } from '@codemirror/language';
import { c, cpp, csharp, java, objectiveC } from '@codemirror/legacy-modes/mode/clike';
import { go } from '@codemirror/legacy-modes/mode/go';
import { json } from '@codemirror/legacy-modes/mode/javascript';
import { pascal } from '@codemirror/legacy-modes/mode/pascal';
import { perl } from '@codemirror/legacy-modes/mode/perl';
import { powerShell } from '@codemirror/legacy-modes/mode/powershell';
import { python } from '@codemirror/legacy-modes/mode/python';
import { ruby } from '@codemirror/legacy-modes/mode/ruby';
import { shell } from '@codemirror/legacy-modes/mode/shell';
import { msSQL } from '@codemirror/legacy-modes/mode/sql';
import { swift } from '@codemirror/legacy-modes/mode/swift';
import { tcl } from '@codemirror/legacy-modes/mode/tcl';
import { vb } from '@codemirror/legacy-modes/mode/vb';
import { vbScript } from '@codemirror/legacy-modes/mode/vbscript';
import { Compartment, EditorSelection, type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { basicSetup } from 'codemirror';

// AutoIt and PHP have no CodeMirror mode: a small tokenizer for their strings, comments, variables and numbers.
function scriptTokens(lineComment: RegExp, blockComment: boolean): StreamParser<{ inBlock: boolean }> {
  return {
    startState: () => ({ inBlock: false }),
    token(stream, state) {
      if (state.inBlock) {
        if (stream.skipTo('*/')) {
          stream.match('*/');
          state.inBlock = false;
        } else stream.skipToEnd();
        return 'comment';
      }
      if (stream.eatSpace()) return null;
      if (blockComment && stream.match('/*')) {
        state.inBlock = true;
        return 'comment';
      }
      if (stream.match(lineComment)) {
        stream.skipToEnd();
        return 'comment';
      }
      const quote = stream.peek();
      if (quote === '"' || quote === "'") {
        stream.next();
        let escaped = false;
        for (let ch = stream.next(); ch !== undefined; ch = stream.next()) {
          if (ch === quote && !escaped) break;
          escaped = blockComment && !escaped && ch === '\\';
        }
        return 'string';
      }
      if (stream.match(/^[$@][\w]+/)) return 'variableName';
      if (stream.match(/^-?\d+(\.\d+)?/)) return 'number';
      if (stream.match(/^(?:If|Then|Else|EndIf|For|To|Next|Local|Global|Dim|Exit|While|WEnd|True|False|if|else|for|foreach|function|return|new|true|false|exit|include)\b/)) return 'keyword';
      stream.next();
      return null;
    },
  };
}

const autoit = scriptTokens(/^;/, false);
const php = scriptTokens(/^(?:\/\/|#)/, true);

const MODES: Readonly<Record<string, StreamParser<unknown>>> = {
  autoit,
  'php-ext': php,
  'php-ax': php,
  csharp,
  java,
  android: java,
  c,
  'unicode-c': c,
  cpp,
  'unicode-cpp': cpp,
  objc: objectiveC,
  go,
  swift,
  swift3: swift,
  python,
  'chilkat2-python': python,
  perl,
  ruby,
  tcl,
  powershell: powerShell,
  sql: msSQL,
  'delphi-dll': pascal,
  'delphi-ax': pascal,
  vb6: vb,
  vbnet: vb,
  xojo: vb,
  purebasic: vb,
  powerbuilder: vb,
  dataflex: vb,
  foxpro: vb,
  lianja: vb,
  vbscript: vbScript,
  asp: vbScript,
  curl: shell,
  json,
  postman: json,
};

function languageFor(kind: string): Extension {
  if (kind === 'nodejs') return javascript();
  const mode = MODES[kind];
  return mode === undefined ? [] : StreamLanguage.define(mode);
}

/** The editor and the calls the page makes on it. */
export interface Editor {
  readonly view: EditorView;
  text(): string;
  setText(text: string): void;
  setLanguage(kind: string): void;
  /** Selects line `line` (1-based), scrolls to it and focuses the editor. */
  goToLine(line: number): void;
}

/**
 * Mounts the editor in `parent`.
 *
 * @param onChange - Called after every edit of the text.
 */
export function createEditor(parent: HTMLElement, text: string, label: string, onChange: () => void): Editor {
  const language = new Compartment();
  const view = new EditorView({
    parent,
    doc: text,
    extensions: [
      basicSetup,
      language.of([]),
      EditorView.lineWrapping,
      // tabindex: the scrolling region holds a focusable stop for keyboard users (axe's scrollable-region-focusable).
      EditorView.contentAttributes.of({ 'aria-label': label, tabindex: '0' }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) onChange();
      }),
    ],
  });
  return {
    view,
    text: () => view.state.doc.toString(),
    setText(next) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: next } });
    },
    setLanguage(kind) {
      view.dispatch({ effects: language.reconfigure(languageFor(kind)) });
    },
    goToLine(line) {
      const target = view.state.doc.line(Math.min(Math.max(line, 1), view.state.doc.lines));
      view.dispatch({ selection: EditorSelection.range(target.from, target.to), scrollIntoView: true });
      view.focus();
    },
  };
}
