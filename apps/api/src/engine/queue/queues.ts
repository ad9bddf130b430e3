/** Every queue, by name. */
export enum QueueName {
  Maintenance = 'maintenance',
  Notifications = 'notifications',
  Channels = 'channels',
  Exports = 'exports',
}

/** Every job: its queue, its name and the type of its data. Jobs that touch tenant data carry agencyId. */
export type JobMap = {
  [QueueName.Maintenance]: {
    'purge-expired-credentials-tick': Record<string, never>;
    'purge-expired-credentials': { agencyId: string };
    /** The files of a deleted agency, when removing them right after the deletion failed: retried until gone. */
    'delete-agency-files': { agencyId: string };
  };
  [QueueName.Notifications]: {
    /** Every minute: whose 08:00 has come, which alerts are due, which sends are stuck. */
    tick: Record<string, never>;
    /** Builds (if not yet built) and sends one claimed delivery. */
    send: { agencyId: string; deliveryId: string };
  };
  [QueueName.Channels]: {
    /** Every CHANNELS_TICK_MS: new events of agencies with channels become deliveries; due ones are dispatched. */
    tick: Record<string, never>;
    /** Sends what is due to one channel, within its platform's limits. */
    dispatch: { agencyId: string; channelId: string };
  };
  [QueueName.Exports]: {
    /** Builds one data export's ZIP into the file storage, then mails the requester. */
    build: { agencyId: string; exportId: string };
  };
};

export type JobName<Q extends QueueName> = keyof JobMap[Q] & string;
export type JobData<Q extends QueueName, N extends JobName<Q>> = JobMap[Q][N];
