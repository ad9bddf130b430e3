import { SMTPServer } from 'smtp-server';

export type ReceivedMail = { to: string[]; data: string };

/** A real SMTP server on loopback that keeps what it receives; `failNext(n)` refuses n messages. */
export class SmtpPeer {
  readonly inbox: ReceivedMail[] = [];
  private refusals = 0;
  /** How many messages were refused so far. */
  refused = 0;
  /** Milliseconds the server takes before it accepts a message (to catch a sender mid-send). */
  acceptDelayMs = 0;
  private server: SMTPServer;
  /** Sessions whose client hung up (e.g. a killed worker). */
  private readonly closed = new Set<string>();
  /** While set, every message waits here before the server decides on it (see `hold`). */
  private gate: Promise<void> | null = null;
  private openGate: () => void = () => undefined;
  /** Sessions whose message is waiting at the gate. */
  readonly held = new Set<string>();
  port = 0;

  constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onClose: (session) => this.closed.add(session.id),
      onData: (stream, session, callback) => {
        let data = '';
        stream.on('data', (chunk) => (data += chunk.toString()));
        stream.on('end', async () => {
          if (this.acceptDelayMs)
            await new Promise((resolve) => setTimeout(resolve, this.acceptDelayMs));
          if (this.gate) {
            this.held.add(session.id);
            await this.gate;
            this.held.delete(session.id);
          }
          // A message counts as delivered once the sender could learn so: a sender killed while the
          // server was still deciding never saw the 250, so (like an MTA that commits on its reply)
          // the message is dropped, and the sender's retry is its only copy.
          if (this.closed.has(session.id)) return callback(new Error('Sender hung up'));
          if (this.refusals > 0) {
            this.refusals--;
            this.refused++;
            const error = new Error('Mailbox temporarily unavailable') as Error & {
              responseCode: number;
            };
            error.responseCode = 451;
            return callback(error);
          }
          this.inbox.push({ to: session.envelope.rcptTo.map((address) => address.address), data });
          callback();
        });
      },
    });
    // smtp-server emits a connection's socket errors on the server: a sender killed mid-session
    // (worker-crash) resets its connection (ECONNRESET), which is what is being tested, not a
    // failure of the peer — unhandled, it would end the test process.
    this.server.on('error', () => undefined);
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as { port: number }).port;
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** From now on messages wait, undecided, until `release()`: the sender has not seen a reply. */
  hold() {
    this.gate ??= new Promise<void>((resolve) => (this.openGate = resolve));
  }

  release() {
    this.gate = null;
    this.openGate();
  }

  /** Whether every held message's sender has hung up. */
  heldSendersGone(): boolean {
    return [...this.held].every((id) => this.closed.has(id));
  }

  failNext(count: number) {
    this.refusals = count;
  }

  to(address: string): ReceivedMail[] {
    return this.inbox.filter((mail) => mail.to.includes(address));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Waits until `check` holds, polling; fails after `timeoutMs`. */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 10_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error;
    }
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
