import type { monaco } from './monaco.ts';

/** Content to show under a line, such as a comment thread: `node` is filled by its owner. */
export interface LineZone {
  key: string;
  line: number;
  node: HTMLElement;
}

/** Events a zone's own controls handle: the editor around it must not take them as its own. */
const ownEvents = ['mousedown', 'pointerdown', 'keydown', 'keyup', 'keypress', 'contextmenu'];

/**
 * Shows each zone's node under its line in `editor`, as tall as the node is: a ResizeObserver
 * relays out the zone when its content grows (a reply box opens, markdown renders). Returns
 * the function that takes them away again.
 */
export function showZones(editor: monaco.editor.ICodeEditor, zones: readonly LineZone[]) {
  const placed: { id: string; observer: ResizeObserver; wrapper: HTMLElement }[] = [];
  // Monaco hides its zones container from assistive technology (its own zones are blank
  // spacers); these zones hold comments and forms that people read and use.
  if (zones.length > 0)
    editor.getDomNode()?.querySelector('.view-zones')?.removeAttribute('aria-hidden');
  editor.changeViewZones((accessor) => {
    for (const zone of zones) {
      const wrapper = document.createElement('div');
      wrapper.className = 'diff-editor-zone';
      for (const type of ownEvents)
        wrapper.addEventListener(type, (event) => event.stopPropagation());
      wrapper.appendChild(zone.node);
      const spec: monaco.editor.IViewZone = {
        afterLineNumber: zone.line,
        heightInPx: Math.max(zone.node.offsetHeight, 24),
        domNode: wrapper,
        suppressMouseDown: true,
      };
      const id = accessor.addZone(spec);
      const observer = new ResizeObserver(() => {
        const height = Math.max(zone.node.offsetHeight, 24);
        if (height === spec.heightInPx) return;
        spec.heightInPx = height;
        editor.changeViewZones((relayout) => relayout.layoutZone(id));
      });
      observer.observe(zone.node);
      placed.push({ id, observer, wrapper });
    }
  });
  return () => {
    placed.forEach(({ observer }) => observer.disconnect());
    editor.changeViewZones((accessor) => placed.forEach(({ id }) => accessor.removeZone(id)));
    // The nodes belong to their owner, which may show them again elsewhere.
    placed.forEach(({ wrapper }) => wrapper.replaceChildren());
  };
}
