import { AbstractLogger, LogLevel, LogMessage } from 'typeorm';

// Counts every SQL statement the API sends, so tests can pin "no N+1" as a number.
export class SqlStatementCounter extends AbstractLogger {
  private count = 0;

  override logQuery(): void {
    this.count += 1;
  }

  protected writeLog(_level: LogLevel, _message: LogMessage | LogMessage[]): void {
    // Errors surface through the GraphQL response; nothing to print here.
  }

  async measure<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
    const before = this.count;
    const result = await work();
    return { result, statements: this.count - before };
  }
}
