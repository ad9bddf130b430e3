import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { plainMany } from '../database/sql';
import { DomainException } from '../exceptions/domain.exception';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType('PageInfo')
export class PageInfoObject {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `At most ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when omitted.`,
  })
  @IsOptional()
  @IsInt()
  @Min(1, { context: { code: 'OUT_OF_RANGE' } })
  @Max(MAX_PAGE_SIZE, { context: { code: 'OUT_OF_RANGE' } })
  first?: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  after?: string;
}

/** The values of a row's sort keys, opaque to clients. */
export type CursorValues = Array<string | number | null>;

export function encodeCursor(values: CursorValues): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, arity: number): CursorValues | null {
  if (cursor === undefined || cursor === null) return null;
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === arity) return values;
  } catch {
    // fall through
  }
  throw DomainException.field('after', 'INVALID_FORMAT', 'is not a cursor this list gave out');
}

export type Page<T> = {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfoObject;
  totalCount: number;
};

/** Builds a page from up to first+1 rows fetched in order; the extra row only signals a next page. */
export function toPage<R, T>(
  rows: R[],
  first: number,
  totalCount: number,
  cursorOf: (row: R) => CursorValues,
  nodeOf: (row: R) => T,
): Page<T> {
  const pageRows = rows.slice(0, first);
  const edges = pageRows.map((row) => ({ cursor: encodeCursor(cursorOf(row)), node: nodeOf(row) }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/** The Edge and Connection object types of a node type, named as the contract names them. */
export function Connection<T>(node: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field() cursor: string;
    @Field(() => node) node: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [Edge]) edges: Array<{ cursor: string; node: T }>;
    @Field(() => PageInfoObject) pageInfo: PageInfoObject;
    @Field(() => Int, { description: 'All matches, not just this page.' }) totalCount: number;
  }
  return ConnectionType;
}

/**
 * One page of a list ordered by an instant column and the id (newest or earliest first), read with
 * a keyset cursor: the count of every match, then up to `first` rows after the cursor. `count`
 * gives the number of matches another way (a counter the database keeps); without it they are
 * counted, which costs as many rows as match.
 */
export async function keysetPage<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  page: PageArgs,
  order: { column: string; idColumn: string; direction: 'ASC' | 'DESC'; valueOf: (row: T) => Date },
  count: () => Promise<number> = () => query.clone().getCount(),
): Promise<Page<T>> {
  const first = page.first ?? DEFAULT_PAGE_SIZE;
  const cursor = decodeCursor(page.after, 2);
  // Counted as the query is before the cursor, and sent together with the page (pipelined).
  const counted = count();
  if (cursor) {
    const comparison = order.direction === 'DESC' ? '<' : '>';
    query.andWhere(`(${order.column}, ${order.idColumn}) ${comparison} (:cursorAt, :cursorId)`, {
      cursorAt: cursor[0],
      cursorId: cursor[1],
    });
  }
  // Plain rows (plainMany): the page goes to GraphQL, which needs no entity instances.
  const [totalCount, rows] = await Promise.all([
    counted,
    plainMany(
      query
        .orderBy(order.column, order.direction)
        .addOrderBy(order.idColumn, order.direction)
        .limit(first + 1),
      query.expressionMap.mainAlias!.target,
      query.alias,
    ),
  ]);
  return toPage(
    rows,
    first,
    totalCount,
    (row) => [order.valueOf(row).toISOString(), row.id],
    (row) => row,
  );
}
