import type { Locale } from '@formwork/runtime';
import { Router, type Request, type Response } from 'express';
import type { Session } from '../storage/SessionStore.js';
import type { User } from '../storage/UserStore.js';
import { forbidden, invalidBody, invalidQuery, sessionExpired, unauthenticated } from './httpErrors.js';
import { requestContext } from './requestContext.js';
import type { JsonSchema, ValidationIssue, ValueSchema } from './validation/ValueSchema.js';

/** Who may call a route. Checked before the handler runs, and shown in the OpenAPI document. */
export type Access = 'public' | 'signedIn' | 'admin';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface ResponseDoc {
  readonly description: string;
  readonly schema?: JsonSchema;
}

/** A route as the OpenAPI document describes it. */
export interface RouteDoc {
  readonly method: HttpMethod;
  /** Express syntax, absolute: `/api/forms/:id`. */
  readonly path: string;
  readonly summary: string;
  readonly description?: string;
  readonly tags: readonly string[];
  readonly access: Access;
  readonly body?: JsonSchema;
  readonly query?: JsonSchema;
  /** Request headers the route reads, e.g. `If-Match`. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly responses: Readonly<Record<number, ResponseDoc>>;
}

export interface RouteSpec<A extends Access, B, Q> extends Omit<RouteDoc, 'body' | 'query' | 'access'> {
  readonly access: A;
  /** Validates `req.body`; without it the body is ignored. */
  readonly body?: ValueSchema<B>;
  /** Validates `req.query` (minus `lang`, which every route accepts). */
  readonly query?: ValueSchema<Q>;
}

/** What a handler gets: the checked body and query, the caller, the language. */
export interface RouteCall<A extends Access, B, Q> {
  readonly req: Request;
  readonly res: Response;
  readonly body: B;
  readonly query: Q;
  /** Never null unless the route is public. */
  readonly user: A extends 'public' ? User | null : User;
  readonly session: Session | null;
  readonly locale: Locale;
  /** A path parameter (express already decoded it). */
  param(name: string): string;
}

/**
 * A handler's answer: a value is sent as JSON with status 200 (set another status on `res` first);
 * `undefined` means the handler sent the response itself.
 */
export type RouteHandler<A extends Access, B, Q> = (call: RouteCall<A, B, Q>) => unknown;

/**
 * An express Router whose every route is described as it is registered — access, body, query,
 * responses — so the OpenAPI document is built from the same objects that do the checking.
 *
 * @example
 * const api = new ApiRouter();
 * api.route({ method: 'get', path: '/api/apps', summary: 'List apps', tags: ['apps'], access: 'signedIn',
 *   responses: { 200: { description: 'The apps' } } }, ({ user }) => ({ items: listApps(user) }));
 */
export class ApiRouter {
  readonly router: Router = Router();
  readonly docs: RouteDoc[] = [];

  route<A extends Access, B = undefined, Q = undefined>(spec: RouteSpec<A, B, Q>, handler: RouteHandler<A, B, Q>): this {
    const { body, query, ...doc } = spec;
    this.docs.push({
      ...doc,
      ...(body ? { body: body.jsonSchema } : {}),
      ...(query ? { query: query.jsonSchema } : {}),
    });
    this.router[spec.method](spec.path, async (req: Request, res: Response) => {
      const context = requestContext(req);
      if (spec.access !== 'public') {
        if (!context.user) throw context.sessionEnded ? sessionExpired() : unauthenticated();
        if (spec.access === 'admin' && context.user.role !== 'admin') throw forbidden();
      }
      const checkedBody = body ? checkValue(body, req.body, 'body') : (undefined as B);
      const checkedQuery = query ? checkValue(query, queryWithoutLang(req), 'query') : (undefined as Q);
      const result = await handler({
        req,
        res,
        body: checkedBody,
        query: checkedQuery,
        user: context.user as RouteCall<A, B, Q>['user'],
        session: context.session,
        locale: context.locale,
        param: (name) => String(req.params[name] ?? ''),
      });
      if (result !== undefined && !res.headersSent) res.json(result);
    });
    return this;
  }
}

function checkValue<T>(schema: ValueSchema<T>, value: unknown, where: 'body' | 'query'): T {
  const issues: ValidationIssue[] = [];
  const checked = schema.check(value, '', issues);
  if (issues.length > 0) throw where === 'body' ? invalidBody(issues) : invalidQuery(issues);
  return checked;
}

function queryWithoutLang(req: Request): Record<string, unknown> {
  const { lang: _lang, ...rest } = req.query as Record<string, unknown>;
  return rest;
}
