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
  /** Mail a machine sends on its own (digests, alerts): marked so, in the reader's language. */
  automated?: {
    /** Content-Language: the language the message is written in (zh-CN, en). */
    language: string;
    /** List-Unsubscribe (RFC 2369); one-click (RFC 8058) is offered only for an https URL. */
    unsubscribeUrl: string | null;
  };
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
    const { automated, headers, ...message } = email;
    const info = await this.transport.sendMail({
      from: this.config.MAIL_FROM,
      ...message,
      headers: { ...headers, ...(automated && automatedHeaders(automated)) },
      ...(automated?.unsubscribeUrl && {
        list: { unsubscribe: { url: automated.unsubscribeUrl } },
      }),
    });
    return info.messageId ?? null;
  }

  onApplicationShutdown() {
    this.transport?.close();
  }
}

/**
 * Auto-Submitted (RFC 3834) keeps auto-responders from answering; Content-Language tells the
 * client what it reads. RFC 8058 allows List-Unsubscribe-Post only beside an https URL: with an
 * http base (local development) the link stays, one-click is not offered.
 */
function automatedHeaders(
  automated: NonNullable<OutgoingEmail['automated']>,
): Record<string, string> {
  return {
    'Auto-Submitted': 'auto-generated',
    'Content-Language': automated.language,
    ...(automated.unsubscribeUrl?.startsWith('https://') && {
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    }),
  };
}
