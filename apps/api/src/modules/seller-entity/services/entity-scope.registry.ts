import { Injectable } from '@nestjs/common';
import type { SellerEntityFilter } from '../dtos/seller-entity.inputs';
import type { EntityScope } from './seller-entity.service';

/** Turns list filters owned by other modules (affected within N days) into query scopes. */
export type EntityScopeProvider = (filter: SellerEntityFilter) => Promise<EntityScope | null>;

@Injectable()
export class EntityScopeRegistry {
  private readonly providers: EntityScopeProvider[] = [];

  register(provider: EntityScopeProvider): void {
    this.providers.push(provider);
  }

  async scopesFor(filter: SellerEntityFilter): Promise<EntityScope[]> {
    const scopes = await Promise.all(this.providers.map((provider) => provider(filter)));
    return scopes.filter((scope): scope is EntityScope => scope !== null);
  }
}
