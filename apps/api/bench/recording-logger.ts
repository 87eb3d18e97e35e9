import { AbstractLogger, LogLevel, LogMessage } from 'typeorm';

export type RecordedStatement = { sql: string; parameters: unknown[] };

// Records the SQL the API sends for one request, so the benchmark can replay exactly that as raw SQL.
export class RecordingLogger extends AbstractLogger {
  private recording: RecordedStatement[] | null = null;

  override logQuery(query: string, parameters?: unknown[]): void {
    this.recording?.push({ sql: query, parameters: parameters ?? [] });
  }

  protected writeLog(_level: LogLevel, _message: LogMessage | LogMessage[]): void {
    // Nothing to print: the benchmark reports timings.
  }

  async record(work: () => Promise<unknown>): Promise<RecordedStatement[]> {
    this.recording = [];
    try {
      await work();
      return this.recording;
    } finally {
      this.recording = null;
    }
  }
}
