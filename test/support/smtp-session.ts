import { connect, type Socket } from 'node:net';

/**
 * A bare SMTP client for tests that need many messages on one connection or bytes no mail
 * library would send (broken MIME, raw 8-bit, odd charsets). Replies are read whole (multi-line
 * `250-…` replies included).
 */
export class SmtpSession {
  private buf = '';
  private waiting: Array<(reply: { code: number; text: string }) => void> = [];
  private replies: Array<{ code: number; text: string }> = [];
  private closed = false;

  private constructor(private readonly socket: Socket) {
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      this.buf += chunk;
      let m: RegExpExecArray | null;
      // A reply ends with a line "NNN text" (space after the code).
      while ((m = /^((?:\d{3}-[^\r\n]*\r\n)*)(\d{3})(?: [^\r\n]*)?\r\n/.exec(this.buf))) {
        const reply = { code: Number(m[2]), text: m[0] };
        this.buf = this.buf.slice(m[0].length);
        const w = this.waiting.shift();
        if (w) w(reply);
        else this.replies.push(reply);
      }
    });
    const end = () => {
      this.closed = true;
      for (const w of this.waiting.splice(0)) w({ code: 0, text: 'connection closed' });
    };
    socket.on('close', end);
    socket.on('error', end);
  }

  /** Connect and read the greeting; says EHLO. */
  static async open(port: number, host = '127.0.0.1'): Promise<SmtpSession> {
    const socket = connect(port, host);
    const s = new SmtpSession(socket);
    const greeting = await s.reply();
    if (greeting.code !== 220) throw new Error(`greeting ${greeting.text}`);
    const ehlo = await s.command('EHLO fuzz.example');
    if (ehlo.code !== 250) throw new Error(`EHLO ${ehlo.text}`);
    return s;
  }

  /** Whether the server closed the connection. */
  get isClosed(): boolean {
    return this.closed;
  }

  private reply(): Promise<{ code: number; text: string }> {
    const r = this.replies.shift();
    if (r) return Promise.resolve(r);
    if (this.closed) return Promise.resolve({ code: 0, text: 'connection closed' });
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Send one command line, read its reply. */
  async command(line: string): Promise<{ code: number; text: string }> {
    this.socket.write(`${line}\r\n`);
    return this.reply();
  }

  /**
   * One whole transaction. `raw` is sent as bytes (dot-stuffed, CRLF line ends).
   * @returns the reply to the end of DATA, or to the first refused step
   */
  async send(from: string, to: string[], raw: Buffer): Promise<{ code: number; text: string; step: string }> {
    let r = await this.command(`MAIL FROM:<${from}>`);
    if (r.code !== 250) return { ...r, step: 'mail' };
    let anyRcpt = false;
    for (const t of to) {
      r = await this.command(`RCPT TO:<${t}>`);
      if (r.code === 250) anyRcpt = true;
    }
    if (!anyRcpt) {
      await this.command('RSET');
      return { ...r, step: 'rcpt' };
    }
    r = await this.command('DATA');
    if (r.code !== 354) return { ...r, step: 'data' };
    const text = raw.toString('latin1').replace(/\r?\n/g, '\r\n');
    const stuffed = text.replace(/(^|\r\n)\./g, '$1..');
    this.socket.write(Buffer.from(`${stuffed}${stuffed.endsWith('\r\n') ? '' : '\r\n'}.\r\n`, 'latin1'));
    r = await this.reply();
    return { ...r, step: 'end' };
  }

  /** QUIT and close. */
  async close(): Promise<void> {
    if (!this.closed) await this.command('QUIT').catch(() => undefined);
    this.socket.destroy();
  }
}
