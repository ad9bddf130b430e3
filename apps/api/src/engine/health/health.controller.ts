import { Controller, Get, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { InjectDataSource } from '@nestjs/typeorm';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { Access } from '../auth/access.decorator';
import { REDIS } from '../redis/redis.module';

const PROBE_TIMEOUT_MS = 2000;

/**
 * 200 only when PostgreSQL and Redis both answer; load balancers route on it. The endpoint is
 * public, so a failed probe says only "down": never the error, which names internal hosts and ports.
 */
@Access('public')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.probe('postgres', () => this.dataSource.query('SELECT 1')),
      () => this.probe('redis', () => this.redis.ping()),
    ]);
  }

  private async probe(name: string, ping: () => Promise<unknown>) {
    const indicator = this.indicators.check(name);
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        ping(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('timeout')), PROBE_TIMEOUT_MS);
        }),
      ]);
      return indicator.up();
    } catch {
      return indicator.down();
    } finally {
      clearTimeout(timer);
    }
  }
}
