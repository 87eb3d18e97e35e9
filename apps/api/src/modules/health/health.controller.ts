import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { Public } from '../../common/auth/access.decorator';
import { withTimeout } from './with-timeout';

// A readiness probe that waits longer than this is worse than a "no": the balancer should move on.
export const READINESS_TIMEOUT_MS = 1_000;

@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  // Liveness: the process answers HTTP. Never touches the database, so an outage does not get it restarted.
  @Public()
  @Get()
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  // Readiness (load balancers, compose): up only when the database answers within a second.
  @Public()
  @Get('ready')
  async ready(): Promise<{ status: 'ok' }> {
    try {
      await withTimeout(this.dataSource.query('SELECT 1'), READINESS_TIMEOUT_MS);
      return { status: 'ok' };
    } catch {
      throw new ServiceUnavailableException({ status: 'unavailable', reason: 'database' });
    }
  }
}
