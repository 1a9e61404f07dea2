// The page: wires the editor, the menus, the output tabs and the shared URL to convert().
import { convert, listPostmanItems, SOURCE_KINDS, type Conversion } from './convert.js';
import { createEditor } from './editor.js';
import { EXAMPLES } from './examples.js';
import { decodeState, encodeState, type SharedState } from './share.js';

const TABS = ['builder', 'chilkat', 'json', 'request', 'diagnostics'] as const;
type Tab = (typeof TABS)[number];

function element<Kind extends HTMLElement>(id: string): Kind {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`the page has no #${id}`);
  return found as Kind;
}

function option(value: string, label: string): HTMLOptionElement {
  const node = document.createElement('option');
  node.value = value;
  node.textContent = label;
  return node;
}

const exampleMenu = element<HTMLSelectElement>('example');
const languageMenu = element<HTMLSelectElement>('language');
const itemMenu = element<HTMLSelectElement>('item');
const itemLabel = element<HTMLLabelElement>('item-label');
const detected = element<HTMLParagraphElement>('detected');
const errorLine = element<HTMLParagraphElement>('error');
const copied = element<HTMLParagraphElement>('copied');

for (const example of EXAMPLES) exampleMenu.append(option(example.id, example.label));
const autoOption = option('auto', 'Detect automatically');
languageMenu.append(autoOption, ...SOURCE_KINDS.map((kind) => option(kind.id, kind.name)));

const initial: SharedState = decodeState(location.hash) ?? { text: EXAMPLES[0]?.text ?? '', choice: 'auto' };
let tab: Tab = TABS.find((t) => t === initial.tab) ?? 'builder';
let timer: ReturnType<typeof setTimeout> | undefined;

const editor = createEditor(element('editor'), initial.text, 'Script, curl command, Postman collection or JSON sample', () => {
  clearTimeout(timer);
  timer = setTimeout(update, 150);
});
languageMenu.value = SOURCE_KINDS.some((kind) => kind.id === initial.choice) ? initial.choice : 'auto';

function showTab(next: Tab, focus: boolean): void {
  tab = next;
  for (const name of TABS) {
    const button = element<HTMLButtonElement>(`tab-${name}`);
    const selected = name === next;
    button.setAttribute('aria-selected', String(selected));
    button.tabIndex = selected ? 0 : -1;
    element(`panel-${name}`).hidden = !selected;
    if (selected && focus) button.focus();
  }
}

function formatRequest(conversion: Conversion): string {
  const request = conversion.request;
  if (request === undefined) return conversion.error === undefined ? 'This input sends no request.' : '';
  return [`${request.method} ${request.url}`, ...Object.entries(request.headers).map(([name, value]) => `${name}: ${value}`)].join('\n');
}

function renderDiagnostics(conversion: Conversion): void {
  const list = element<HTMLUListElement>('out-diagnostics');
  list.replaceChildren();
  for (const diagnostic of conversion.diagnostics) {
    const item = document.createElement('li');
    const link = document.createElement('button');
    link.type = 'button';
    link.className = 'diagnostic';
    link.textContent = `${String(diagnostic.line)}: ${diagnostic.message}`;
    link.addEventListener('click', () => editor.goToLine(diagnostic.line));
    item.append(link);
    list.append(item);
  }
  if (conversion.diagnostics.length === 0) {
    const item = document.createElement('li');
    item.textContent = conversion.error === undefined ? 'Nothing: every statement was ported.' : 'The input could not be read (see above).';
    list.append(item);
  }
  element('tab-diagnostics').textContent = `Diagnostics (${String(conversion.diagnostics.length)})`;
}

function refreshItems(text: string, kind: string, wanted: string | undefined): string | undefined {
  const items = kind === 'postman' ? listPostmanItems(text) : [];
  itemLabel.hidden = items.length < 2;
  const current = wanted !== undefined && items.includes(wanted) ? wanted : items[0];
  if (items.join('\n') !== [...itemMenu.options].map((o) => o.value).join('\n')) itemMenu.replaceChildren(...items.map((name) => option(name, name)));
  if (current !== undefined) itemMenu.value = current;
  return current;
}

function update(wantedItem: string | undefined = itemMenu.value === '' ? undefined : itemMenu.value): void {
  const text = editor.text();
  const choice = languageMenu.value;
  const guess = convert(text, choice, wantedItem);
  const item = refreshItems(text, guess.kind.id, wantedItem);
  const conversion = item === wantedItem ? guess : convert(text, choice, item);
  editor.setLanguage(conversion.kind.id);
  autoOption.textContent = choice === 'auto' && conversion.error === undefined ? `Detect automatically (${conversion.kind.name})` : 'Detect automatically';
  detected.textContent = conversion.error !== undefined ? '' : conversion.detected ? `Detected: ${conversion.kind.name}` : `Read as: ${conversion.kind.name} (chosen)`;
  errorLine.hidden = conversion.error === undefined;
  errorLine.textContent = conversion.error === undefined ? '' : `Cannot read this input as ${choice === 'auto' ? 'any known kind' : conversion.kind.name}: ${conversion.error}`;
  element('out-builder').textContent = conversion.builder;
  element('out-chilkat').textContent = conversion.chilkat;
  element('out-json-pretty').textContent = conversion.json?.pretty ?? (conversion.error === undefined ? 'This input builds no JSON body.' : '');
  element('out-json-bytes').textContent = conversion.json?.bytes ?? '';
  element('out-request').textContent = formatRequest(conversion);
  renderDiagnostics(conversion);
  saveState();
}

function saveState(): void {
  const state: SharedState = { text: editor.text(), choice: languageMenu.value, tab, ...(itemMenu.value === '' || itemLabel.hidden ? {} : { item: itemMenu.value }) };
  history.replaceState(null, '', encodeState(state));
}

async function copyText(text: string, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Some file:// and older contexts refuse the async clipboard; the selection fallback still works there.
    const area = document.createElement('textarea');
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  copied.textContent = `Copied ${what}.`;
}

exampleMenu.addEventListener('change', () => {
  const example = EXAMPLES.find((e) => e.id === exampleMenu.value);
  if (example === undefined) return;
  languageMenu.value = 'auto';
  clearTimeout(timer);
  editor.setText(example.text);
  clearTimeout(timer);
  update(undefined);
});
languageMenu.addEventListener('change', () => update());
itemMenu.addEventListener('change', () => update(itemMenu.value));
element('share').addEventListener('click', () => {
  saveState();
  void copyText(location.href, 'the share link');
});
for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy')) {
  button.addEventListener('click', () => {
    const target = element(button.dataset['copy'] ?? '');
    void copyText(target.textContent ?? '', target.getAttribute('aria-label') ?? 'the output');
  });
}
const tablist = element('tabs');
for (const name of TABS) {
  element(`tab-${name}`).addEventListener('click', () => {
    showTab(name, false);
    saveState();
  });
}
// The tab pattern's keys: arrows move between tabs, Home and End jump to the ends.
tablist.addEventListener('keydown', (event) => {
  const index = TABS.indexOf(tab);
  const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  showTab(TABS[(next + TABS.length) % TABS.length] ?? 'builder', true);
  saveState();
});

showTab(tab, false);
update(initial.item);
