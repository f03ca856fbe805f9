import type { paths } from './api-types';

/** Types derived only by indexing `paths`, so regenerated schema names never break callers. */
export type ApiPath = keyof paths;
type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';
export type MethodOf<P extends ApiPath> = Extract<
  { [M in Method]: paths[P][M] extends undefined ? never : M }[Method],
  keyof paths[P]
>;
type Operation<P extends ApiPath, M extends MethodOf<P>> = NonNullable<paths[P][M]>;
type JsonContent<T> = T extends { content: infer C }
  ? C extends { 'application/json': infer J }
    ? J
    : C[keyof C]
  : never;

export type ResponseOf<
  P extends ApiPath,
  M extends MethodOf<P>,
  S extends number = 200,
> = Operation<P, M> extends { responses: infer R } ? (S extends keyof R ? JsonContent<R[S]> : never) : never;

export type BodyOf<P extends ApiPath, M extends MethodOf<P>> = Operation<P, M> extends {
  requestBody?: infer B;
}
  ? JsonContent<NonNullable<B>>
  : never;

export type QueryOf<P extends ApiPath, M extends MethodOf<P>> = Operation<P, M> extends {
  parameters: { query?: infer Q };
}
  ? NonNullable<Q>
  : never;
