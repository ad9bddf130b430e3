import type { ChannelDeliveryStatus } from '../../../generated/graphql';

/** A PENDING delivery that was tried already is waiting for its next retry, not for its first send. */
export const deliveryStatusKey = (delivery: {
  status: ChannelDeliveryStatus;
  attempts: number;
}): 'PENDING' | 'RETRYING' | 'SENT' | 'FAILED' =>
  delivery.status === 'PENDING' && delivery.attempts > 0 ? 'RETRYING' : delivery.status;

export const DELIVERY_STATUS_COLORS: Record<ReturnType<typeof deliveryStatusKey>, string> = {
  PENDING: 'default',
  RETRYING: 'orange',
  SENT: 'green',
  FAILED: 'red',
};

/** The body as sent, indented for reading; anything that is not JSON is shown as it is. */
export const readablePayload = (payload: string): string => {
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    return payload;
  }
};
