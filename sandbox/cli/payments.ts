// `antom-pay-sandbox payments [--request-id <id>]`: every payment as a table (oldest first).
import type { Command } from './command.ts';
import { report } from './command.ts';
import { amount, lastDelivery } from './describe.ts';
import { renderTable } from './table.ts';

export const payments: Command = {
  name: 'payments',
  synopsis: '[--request-id <paymentRequestId>]',
  summary: 'list the payments (status, amount in minor units, latest notification)',
  minArgs: 0,
  maxArgs: 0,
  options: { 'request-id': 'only the payments with this paymentRequestId' },
  async run(input) {
    const requestId = input.flags['request-id'];
    const list = await input.control.payments(typeof requestId === 'string' ? { paymentRequestId: requestId } : {});
    report(input, list, (rows) =>
      rows.length === 0
        ? ['No payments yet: pay or create a payment session against the sandbox first.']
        : renderTable(
            ['PAYMENT ID', 'PAYMENT REQUEST ID', 'STATUS', 'AMOUNT', 'METHOD', 'CLIENT ID', 'CREATED', 'LATEST NOTIFICATION'],
            rows.map((row) => [row.paymentId, row.paymentRequestId, row.paymentStatus, amount(row.paymentAmount), row.paymentMethodType || '-', row.clientId, row.createdAt, lastDelivery(row)]),
          ),
    );
  },
};
