import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/configuration';

export type OutgoingEmail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
};

/** SMTP delivery through nodemailer. Without SMTP_URL nothing is sent, and send() says so. */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = config.SMTP_URL ? nodemailer.createTransport(config.SMTP_URL) : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  /** Resolves with the SMTP message id; throws when the server refuses or cannot be reached. */
  async send(email: OutgoingEmail): Promise<string | null> {
    if (!this.transport) {
      this.logger.warn('SMTP_URL is not set: an email was not sent');
      return null;
    }
    const info = await this.transport.sendMail({ from: this.config.MAIL_FROM, ...email });
    return info.messageId ?? null;
  }

  onApplicationShutdown() {
    this.transport?.close();
  }
}
