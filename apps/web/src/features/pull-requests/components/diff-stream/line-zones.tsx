import { useMemo, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { DiffSide, LineZone } from '@/components/monaco/diff-editor.tsx';

/** What shows under one line of one side: its threads, and the new-comment box when open there. */
export type LineContent = { side: DiffSide; line: number; content: ReactNode };

/**
 * Content under diff lines, as zones for the diff editor and the portals that fill them. Each
 * line keeps the same node while it has content, so a thread's reply box keeps its text when
 * the zones are laid out again.
 */
export function useLineZones(contents: readonly LineContent[]) {
  // A cache of nodes by line, the same for the component's life.
  const [nodes] = useState(() => new Map<string, HTMLElement>());
  const keys = contents.map(({ side, line }) => `${side}:${line}`).join(',');
  const zones = useMemo(() => {
    const bySide: { BEFORE: LineZone[]; AFTER: LineZone[] } = { BEFORE: [], AFTER: [] };
    for (const key of keys ? keys.split(',') : []) {
      const [side, line] = key.split(':') as [DiffSide, string];
      let node = nodes.get(key);
      if (!node) {
        node = document.createElement('div');
        node.className = 'line-zone';
        nodes.set(key, node);
      }
      bySide[side].push({ key, line: Number(line), node });
    }
    return bySide;
  }, [keys, nodes]);
  const portals = contents.map(({ side, line, content }) => {
    const zone = zones[side].find((candidate) => candidate.line === line);
    return zone ? createPortal(content, zone.node, zone.key) : null;
  });
  return { zones, portals };
}
