// One traversal over every node kind of the model, and typed handler maps so a renderer cannot forget a kind.
import type { Block, Inline, Node, NodeType } from './types.js';

/** A node whose `type` is not in the model: data from outside (a JSON model) or a renderer behind the types. */
export class UnknownNodeError extends Error {
  constructor(type: unknown, where: string) {
    super(`${where}: unknown document node type ${JSON.stringify(type)}`);
    this.name = 'UnknownNodeError';
  }
}

type NodeOf<T extends NodeType> = Extract<Node, { type: T }>;

/** One handler per block type: a missing one is a compile error in the renderer that declares the map. */
export type BlockHandlers<R, C = void> = { [K in Block['type']]: (node: Extract<Block, { type: K }>, context: C) => R };
/** One handler per inline type. */
export type InlineHandlers<R, C = void> = { [K in Inline['type']]: (node: Extract<Inline, { type: K }>, context: C) => R };

/** Calls the handler for a block's type; throws on a type the map does not know. */
export function dispatchBlock<R, C>(handlers: BlockHandlers<R, C>, node: Block, context: C): R {
  const handler = (handlers as Record<string, ((n: Block, c: C) => R) | undefined>)[node.type];
  if (handler === undefined || !Object.hasOwn(handlers, node.type)) throw new UnknownNodeError(node.type, 'dispatchBlock');
  return handler(node, context);
}

/** Calls the handler for an inline's type; throws on a type the map does not know. */
export function dispatchInline<R, C>(handlers: InlineHandlers<R, C>, node: Inline, context: C): R {
  const handler = (handlers as Record<string, ((n: Inline, c: C) => R) | undefined>)[node.type];
  if (handler === undefined || !Object.hasOwn(handlers, node.type)) throw new UnknownNodeError(node.type, 'dispatchInline');
  return handler(node, context);
}

/** The direct children of a node, in document order. Throws on an unknown node type. */
export function childrenOf(node: Node): Node[] {
  switch (node.type) {
    case 'document':
    case 'box':
    case 'listItem':
    case 'heading':
    case 'paragraph':
    case 'tableCell':
    case 'strong':
    case 'emphasis':
    case 'link':
      return node.children;
    case 'list':
      return node.items;
    case 'table':
      return [...node.header, ...node.rows];
    case 'tableRow':
      return node.cells;
    case 'figure':
    case 'pageBreak':
    case 'toc':
    case 'text':
    case 'break':
      return [];
    default: {
      const unknown: never = node;
      throw new UnknownNodeError((unknown as { type?: unknown }).type, 'childrenOf');
    }
  }
}

/** What a visitor returns: `skip` leaves the node's children unvisited. */
export type VisitResult = void | 'skip';
export type Visitor = (node: Node, parent: Node | null) => VisitResult;

/** Walks the tree depth first, parents before children. */
export function visit(root: Node, visitor: Visitor): void {
  const walk = (node: Node, parent: Node | null): void => {
    if (visitor(node, parent) === 'skip') return;
    for (const child of childrenOf(node)) walk(child, node);
  };
  walk(root, null);
}

/** Every node of one type, in document order. */
export function collect<T extends NodeType>(root: Node, type: T): NodeOf<T>[] {
  const found: NodeOf<T>[] = [];
  visit(root, (node) => {
    if (node.type === type) found.push(node as NodeOf<T>);
  });
  return found;
}
