import type { NextFunction, Request, Response } from 'express';

interface LayerLike {
  route?: { methods: Record<string, boolean> };
  handle?: { stack?: LayerLike[] };
  match(path: string): false | { path: string };
}

/**
 * The HTTP methods some route of an express router stack answers for `path` (nested routers
 * included), upper case; empty when no route has that path.
 */
export function allowedMethods(stack: readonly unknown[], path: string): Set<string> {
  const out = new Set<string>();
  for (const layer of stack as LayerLike[]) {
    let m: false | { path: string };
    try {
      m = layer.match(path);
    } catch {
      continue; // an undecodable path parameter: not a route we answer
    }
    if (!m) continue;
    if (layer.route) {
      for (const [name, on] of Object.entries(layer.route.methods)) if (on && name !== '_all') out.add(name.toUpperCase());
    } else if (layer.handle?.stack && m.path !== undefined) {
      const rest = path.slice(m.path.length) || '/';
      for (const name of allowedMethods(layer.handle.stack, rest.startsWith('/') ? rest : `/${rest}`)) out.add(name);
    }
  }
  if (out.has('GET')) out.add('HEAD');
  return out;
}

/**
 * Middleware to mount just before a router's 404 handler: a request whose path exists with
 * other methods gets 405 with an `Allow` header and the JSON error body `respond` writes.
 * @param stack returns the router's layer stack (read per request, so later routes count)
 */
export function methodNotAllowed(
  stack: () => readonly unknown[],
  respond: (res: Response, allow: string[]) => void = (res, allow) => {
    res.status(405).json({ error: { code: 'method_not_allowed', message: `use ${allow.join(', ')}` } });
  },
) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const allow = allowedMethods(stack(), req.path);
    if (!allow.size || allow.has(req.method)) return next();
    const list = [...allow].sort();
    res.setHeader('Allow', list.join(', '));
    respond(res, list);
  };
}
