// The acknowledgement a notification's reply must carry. No Node built-ins: the webhook helpers use it on any runtime.

/** The acknowledgement Antom expects in the HTTP 200 reply to a notification. */
export interface NotificationAck {
  result: { resultCode: 'SUCCESS'; resultStatus: 'S'; resultMessage: 'success' };
}

/** The exact acknowledgement object Antom expects; a fresh copy each call. */
export function notificationAck(): NotificationAck {
  return { result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' } };
}

/** JSON text of {@link notificationAck}, to send as the HTTP 200 body. */
export function notificationAckBody(): string {
  return JSON.stringify(notificationAck());
}
